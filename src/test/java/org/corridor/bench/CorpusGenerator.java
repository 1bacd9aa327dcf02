package org.corridor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a corpus of N news articles in the seed format for benchmarks: each one a headline, a dateline with an
 * agency, and five to eleven paragraphs recombined from the seed articles and from paragraph templates filled
 * with varied actors, places, programmes and figures, dated over ten years and spread over a dozen outlets.
 * Deterministic for a given random seed, so two runs measure the same corpus.
 */
public final class CorpusGenerator {

    static final List<String> SOURCES = List.of("APP", "Dawn", "Xinhua", "The News", "Express Tribune", "PTI",
            "Reuters", "DNA", "Business Recorder", "Global Times", "China Daily", "Arab News");
    private static final List<String> PLACES = List.of("ISLAMABAD", "BEIJING", "KARACHI", "LAHORE", "GWADAR",
            "PESHAWAR", "KASHGAR", "URUMQI", "QUETTA", "SHANGHAI", "RAWALPINDI", "MULTAN");
    private static final List<String> ACTORS = List.of("Prime Minister Shehbaz Sharif", "President Xi Jinping",
            "Foreign Minister Wang Yi", "Vice Foreign Minister Sun Weidong", "Planning Minister Ahsan Iqbal",
            "Ambassador Jiang Zaidong", "Finance Minister Muhammad Aurangzeb", "Premier Li Qiang",
            "Foreign Secretary Amna Baloch", "the CPEC Authority chairman", "the Chinese embassy spokesperson",
            "Army Chief General Asim Munir", "Commerce Minister Jam Kamal Khan", "the Board of Investment");
    private static final List<String> PROGRAMMES = List.of("the China-Pakistan Economic Corridor",
            "CPEC 2.0", "the Belt and Road Initiative", "the Gwadar Port expansion", "the ML-1 railway upgrade",
            "the Karakoram Highway realignment", "special economic zones", "the Rashakai SEZ",
            "the growth corridor", "the innovation corridor", "the green corridor", "the livelihood corridor",
            "the regional connectivity corridor", "the Thar coal project", "the Karot hydropower project");
    private static final List<String> TOPICS = List.of("energy", "security", "trade", "agriculture",
            "information technology", "mining", "tourism", "education", "health", "water", "finance", "climate");
    private static final List<String> TEMPLATES = List.of(
            "%1$s said on %5$s that %2$s would enter a new phase focused on %3$s, adding that both sides had agreed "
                    + "to speed up work on projects worth %4$s billion dollars.",
            "Officials in %6$s told reporters that the joint working group on %3$s met for the %7$s time this "
                    + "year to review progress on %2$s and to settle outstanding payments to independent power producers.",
            "According to a statement issued after the meeting, %1$s stressed that the security of Chinese "
                    + "nationals working on %2$s remained a top priority and that additional measures had been taken.",
            "Analysts said the announcement reflected a shift from large infrastructure loans towards %3$s "
                    + "and private investment, although questions about debt sustainability remain unresolved.",
            "The two sides also discussed cooperation in %3$s, the expansion of %2$s and closer coordination "
                    + "at multilateral forums, including the Shanghai Cooperation Organisation.",
            "%1$s described the relationship as an all-weather strategic cooperative partnership and thanked "
                    + "the people of both countries for their support during difficult times.",
            "Business leaders in %6$s welcomed the decision, saying that %4$s new industrial units could be "
                    + "set up within two years if electricity tariffs were brought down.",
            "The meeting in %6$s reviewed the five corridors of growth, livelihood, innovation, green development "
                    + "and openness, which together form the framework of %2$s.",
            "Critics in parliament questioned the transparency of the agreements and asked the government to "
                    + "publish the terms of the %4$s billion dollar financing for %2$s.",
            "On %5$s, %1$s inaugurated a training centre for %3$s that will prepare %4$s hundred young "
                    + "engineers for jobs on %2$s.");
    private static final List<String> HEADLINES = List.of("%s agree to expand cooperation in %s",
            "%s reviews progress on %s", "New phase of %s to focus on %s", "%s: talks on %s end with pledges",
            "Pakistan, China sign agreements on %s and %s", "%s calls for faster work on %s",
            "Security of Chinese workers on %s discussed with %s", "%s and the future of %s");
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth"};

    private final Random random;
    private final List<String> seedParagraphs;

    public CorpusGenerator(long seed, Path seedsDir) throws IOException {
        this.random = new Random(seed);
        this.seedParagraphs = readSeedParagraphs(seedsDir);
    }

    /** Writes {@code count} articles into {@code dir}, a thousand per subfolder as large collections are kept. */
    public void write(Path dir, int count, String namePrefix) throws IOException {
        for (int i = 0; i < count; i++) {
            Path folder = dir.resolve(String.format("%s%03d", namePrefix, i / 1000));
            if (i % 1000 == 0) {
                Files.createDirectories(folder);
            }
            Files.writeString(folder.resolve(String.format("%s%06d.txt", namePrefix, i)), article(),
                    StandardCharsets.UTF_8);
        }
    }

    String article() {
        LocalDate date = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
        String source = pick(SOURCES);
        String programme = pick(PROGRAMMES);
        StringBuilder out = new StringBuilder(4096);
        out.append(" date ").append(date).append(" ");
        String headline = String.format(pick(HEADLINES), capitalise(pick(List.of(pick(ACTORS), "Pakistan and China",
                "Islamabad and Beijing"))), random.nextBoolean() ? pick(TOPICS) : stripArticle(programme));
        out.append(capitalise(headline)).append("\n\n");
        out.append(pick(PLACES)).append(", ").append(DATELINE.format(date).toUpperCase(Locale.ROOT))
                .append(" (").append(source).append(") – ").append(paragraph(date, programme)).append("\n\n");
        int paragraphs = 4 + random.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            out.append(random.nextInt(3) == 0 ? pick(seedParagraphs) : paragraph(date, programme)).append("\n\n");
        }
        return out.toString();
    }

    private String paragraph(LocalDate date, String programme) {
        StringBuilder p = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int s = 0; s < sentences; s++) {
            if (s > 0) {
                p.append(' ');
            }
            p.append(capitalise(String.format(pick(TEMPLATES), pick(ACTORS), random.nextInt(4) == 0
                    ? pick(PROGRAMMES) : programme, pick(TOPICS), 2 + random.nextInt(60),
                    date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH),
                    capitalise(pick(PLACES).toLowerCase(Locale.ROOT)), ORDINALS[random.nextInt(ORDINALS.length)])));
        }
        return p.toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String stripArticle(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static List<String> readSeedParagraphs(Path seedsDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path f : files.sorted().toList()) {
                for (String para : Files.readString(f).split("\\n\\s*\\n")) {
                    String p = para.strip();
                    // only real paragraphs: not the date line, not one-line headlines or share buttons
                    if (p.length() > 120 && !p.startsWith("date ")) {
                        out.add(p.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        return out;
    }

    /** {@code CorpusGenerator DIR N [SEED]}: writes a corpus from the command line. */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        new CorpusGenerator(seed, Path.of("seeds")).write(Path.of(args[0]), Integer.parseInt(args[1]), "a");
    }
}
