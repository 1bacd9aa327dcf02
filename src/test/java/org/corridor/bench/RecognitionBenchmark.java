package org.corridor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.LexiconSource;
import org.corridor.entities.Recognisers;

/**
 * Recognition throughput on generated news text: the seed paragraphs and paragraphs written for this
 * benchmark, shuffled into articles of ~3 KB (10 MB or more in all), then one article of 1 MB.
 * Run with {@code mvn -o -B -Pbench test-compile exec:java@recognition-bench}. Single thread.
 */
public final class RecognitionBenchmark {

    private static final String[] WRITTEN = {
        "Federal Minister for Planning Ahsan Iqbal said on Monday that the Joint Cooperation Committee would meet "
            + "in Beijing in mid-March to review ML-1, the Karachi Circular Railway and the Gwadar East Bay Expressway.",
        "According to Dr. Rehana Siddiqui, an economist at the Pakistan Institute of Development Economics, the "
            + "Special Economic Zones under CPEC 2.0 attracted $2.5 billion in fiscal year 2023-24.",
        "Chinese Foreign Ministry spokesperson Mao Ning told reporters on Thursday that the five corridors, namely "
            + "growth, livelihood, innovation, open and green corridor, would deepen cooperation.",
        "The Balochistan Liberation Army (BLA) claimed the attack near Turbat on 21 August 2023, while the Frontier "
            + "Corps said about 2000 people were evacuated from the district.",
        "Senator Mushahid Hussain Syed, chairman of the Pakistan-China Institute, said the Belt and Road Initiative "
            + "had changed the region since 2013 and that the Shanghai Cooperation Organisation summit would follow.",
        "Prime Minister Shehbaz Sharif met President Xi Jinping in Beijing on November 2 to 5, and the two sides "
            + "signed the Framework Agreement on Industrial Cooperation and 23 other documents.",
        "Last year the State Bank of Pakistan and the People's Bank of China renewed the currency swap; the IMF "
            + "and the Asian Development Bank (ADB) welcomed the decision, officials said yesterday.",
    };

    private RecognitionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        List<String> paragraphs = paragraphs(seeds);
        LexiconSource lexicon = Recognisers.lexiconFor(null);
        EntityRecogniser recogniser = new EntityRecogniser(lexicon);
        List<Article> corpus = corpus(paragraphs, 10 * 1024 * 1024, new Random(42));
        long chars = corpus.stream().mapToLong(a -> a.text().length()).sum();

        for (int warm = 0; warm < 2; warm++) {
            corpus.subList(0, Math.min(corpus.size(), 600)).forEach(recogniser::recognise);
        }
        long mentions = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (Article a : corpus) {
            mentions += recogniser.recognise(a).size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double mb = chars / 1e6; // one character is one byte of this mostly-ASCII text
        System.out.printf("corpus: %d articles, %.1f MB of text, %d mentions%n", corpus.size(), mb, mentions);
        // CPU time of this thread is the figure for "one core": wall time also counts other processes' turns.
        System.out.printf("throughput: %.1f MB/s per core of CPU time (%.3f ms per article); wall clock %.1f MB/s%n",
                mb / cpuSeconds, cpuSeconds * 1000 / corpus.size(), mb / seconds);

        Article big = article("big", join(paragraphs, 1024 * 1024, new Random(7)));
        recogniser.recognise(big);
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        int bigMentions = recogniser.recognise(big).size();
        System.out.printf("1 MB article: %.0f ms CPU, %.0f ms wall clock, %d mentions%n",
                (threads.getCurrentThreadCpuTime() - cpu1) / 1e6, (System.nanoTime() - t1) / 1e6, bigMentions);
    }

    private static List<String> paragraphs(Path seeds) throws IOException {
        List<String> out = new ArrayList<>(List.of(WRITTEN));
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String p : text.split("\n\\s*\n")) {
                    if (p.strip().length() > 80 && !p.startsWith(" date")) {
                        out.add(p.strip());
                    }
                }
            }
        }
        return out;
    }

    private static List<Article> corpus(List<String> paragraphs, int totalChars, Random random) {
        List<Article> out = new ArrayList<>();
        int total = 0;
        int n = 0;
        while (total < totalChars) {
            String body = join(paragraphs, 3000, random);
            String text = " date 2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + " " + body;
            out.add(new ArticleParser().parse("a" + n++, Path.of("a.txt"), text));
            total += text.length();
        }
        return out;
    }

    private static String join(List<String> paragraphs, int chars, Random random) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
        }
        return sb.toString();
    }

    private static Article article(String id, String text) {
        ArticleMeta meta = new ArticleMeta(id, id, java.time.LocalDate.of(2024, 5, 1), null, null, 0, id, id);
        return new Article(meta, text, 0, text.length());
    }
}
