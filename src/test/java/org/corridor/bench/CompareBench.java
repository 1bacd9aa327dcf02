package org.corridor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.compare.Comparer;
import org.corridor.compare.Comparison;
import org.corridor.compare.LongTexts;
import org.corridor.compare.ShingleIndex;
import org.corridor.compare.WordTokens;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;

/**
 * How long comparing two 50 KB articles takes once their mentions are known (target: under 200 ms), and how
 * fast the corpus's phrase index builds. The articles are the seeds' paragraphs reshuffled, so the two share
 * many paragraphs, the hard case for phrase finding. Run with {@code mvn -o -B -Pbench test-compile
 * exec:java@compare-bench}; not part of the test run.
 */
public final class CompareBench {

    private static final int ARTICLE_CHARS = 50_000;
    private static final int CORPUS_ARTICLES = 5_000;

    private CompareBench() {
    }

    public static void main(String[] args) throws Exception {
        Corpus seeds = new CorpusLoader(new ArticleParser()).load(Path.of("seeds"), ProgressListener.NONE);
        ShingleIndex index = buildIndex(seeds);
        Article a = article("bench-a", LongTexts.build(seeds, ARTICLE_CHARS, 1));
        Article b = article("bench-b", LongTexts.build(seeds, ARTICLE_CHARS, 2));
        List<Mention> mentionsA = capitalisedWords(a);
        List<Mention> mentionsB = capitalisedWords(b);

        long coldStart = System.nanoTime();
        Comparison first = new Comparer(index).compare(a, mentionsA, b, mentionsB);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        System.out.printf("articles: %d and %d chars, %d and %d mentions; %d shared phrases, %d aligned sentences%n",
                a.text().length(), b.text().length(), mentionsA.size(), mentionsB.size(),
                first.sharedPhrases().size(), first.alignedSentences().size());
        System.out.printf("first comparison (cold JVM): %.1f ms%n", coldMs);
        report("50 KB vs 50 KB", time(index, a, mentionsA, b, mentionsB));
        report("50 KB vs itself", time(index, a, mentionsA, a, mentionsA));
    }

    private static ShingleIndex buildIndex(Corpus seeds) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CORPUS_ARTICLES; i++) {
            texts.add(LongTexts.build(seeds, 3_000, 100 + i));
        }
        long start = System.nanoTime();
        ShingleIndex.Builder builder = ShingleIndex.builder();
        long chars = 0;
        for (String t : texts) {
            builder.add(WordTokens.of(t, 0, t.length()));
            chars += t.length();
        }
        ShingleIndex index = builder.build();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("phrase index: %d articles, %.1f MB of text in %.2f s (%.1f MB/s)%n", CORPUS_ARTICLES,
                chars / 1e6, seconds, chars / 1e6 / seconds);
        return index;
    }

    /** Wall-clock and CPU milliseconds of 50 runs, each sorted; CPU time shows the cost on a busy machine. */
    private static double[][] time(ShingleIndex index, Article a, List<Mention> ma, Article b, List<Mention> mb) {
        for (int i = 0; i < 20; i++) {
            new Comparer(index).compare(a, ma, b, mb);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[50];
        double[] cpu = new double[50];
        for (int i = 0; i < wall.length; i++) {
            Comparer fresh = new Comparer(index); // a new comparer has an empty cache: every run computes
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            fresh.compare(a, ma, b, mb);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void report(String what, double[][] times) {
        double[] wall = times[0];
        double[] cpu = times[1];
        System.out.printf("%s: wall median %.1f ms, p95 %.1f ms, max %.1f ms; CPU median %.1f ms, p95 %.1f ms"
                        + " (%d runs after 20 warm-up)%n", what, wall[wall.length / 2], wall[(int) (wall.length * 0.95)],
                wall[wall.length - 1], cpu[cpu.length / 2], cpu[(int) (cpu.length * 0.95)], wall.length);
    }

    private static Article article(String id, String body) {
        return new ArticleParser().parse(id, Path.of(id + ".txt"), " date 2024-01-01 Bench article\n\n" + body);
    }

    /**
     * Input load for the entity step: one mention per capitalised word, about as many as a recogniser
     * finds in news text. The comparison's cost does not depend on which words they are.
     */
    private static List<Mention> capitalisedWords(Article article) {
        WordTokens words = WordTokens.of(article.text(), article.bodyStart(), article.bodyEnd());
        List<Mention> mentions = new ArrayList<>();
        Category[] categories = Category.values();
        for (int i = 0; i < words.size(); i++) {
            int s = words.start(i);
            if (Character.isUpperCase(article.text().charAt(s))) {
                String text = article.text().substring(s, words.end(i));
                Category c = categories[Math.floorMod(text.hashCode(), categories.length)];
                mentions.add(new Mention(c, "bench", s, words.end(i), text, null, null, null, null));
            }
        }
        return mentions;
    }
}
