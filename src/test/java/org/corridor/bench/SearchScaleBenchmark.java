package org.corridor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.corridor.common.Json;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.importing.ImportOutcome;
import org.corridor.corpus.importing.Importer;
import org.corridor.search.EntityFacet;
import org.corridor.search.ImportWorkflow;
import org.corridor.search.SearchIndex;
import org.corridor.search.SearchRequest;

/**
 * Measures the corpus and search targets of issue 6 at several corpus sizes: warm catalog open and heap, first
 * index build, incremental import of 1,000 articles, and search latency (the window's first page: 100 hits with snippets, and the facet counts).
 * Run through the {@code bench} Maven profile, which starts it with {@code -Xmx1g}; prints one JSON object per
 * size and writes them to {@code <dir>/search-bench.json}.
 */
public final class SearchScaleBenchmark {

    private static final List<String> QUERIES = List.of("corridor", "\"economic corridor\"", "gwadar",
            "security AND chinese", "sun weidong", "\"belt and road\"", "energy OR water", "hydropower",
            "railway NOT gwadar", "invest*", "\"special economic zones\"", "debt sustainability",
            "\"all-weather strategic cooperative partnership\"", "karakoram", "agri*", "thar coal",
            "parliament transparency", "\"shanghai cooperation organisation\"", "tariffs", "training engineers",
            "xinjiang", "\"five corridors\"", "imran khan", "ml-1 railway", "livelihood OR innovation");
    private static final int WARM_OPENS = 3;
    private static final int SEARCH_ROUNDS = 6;
    private static final int IMPORT_COUNT = 1_000;
    /** The window's first page of results (SearchViewModel.PAGE): every hit with its snippet and all facets. */
    private static final int PAGE = 100;

    private final Path base;
    private final ArticleParser parser = new ArticleParser();
    private final CorpusLoader loader = new CorpusLoader(parser);

    private SearchScaleBenchmark(Path base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "10000,100000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<Map<String, Object>> all = new ArrayList<>();
        for (int n : sizes) {
            Map<String, Object> r = new SearchScaleBenchmark(base).run(n);
            System.out.println(Json.compact().writeValueAsString(r));
            all.add(r);
        }
        Files.createDirectories(base);
        Files.writeString(base.resolve("search-bench.json"), Json.pretty().writeValueAsString(all));
    }

    private Map<String, Object> run(int n) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("articles", n);
        r.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        r.put("cores", Runtime.getRuntime().availableProcessors());
        r.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path corpusDir = base.resolve("corpus-" + n);
        r.put("generateMs", ensureCorpus(corpusDir, n, 42, "a"));
        Path workspace = base.resolve("ws-" + n);
        deleteTree(workspace);

        long t = System.nanoTime();
        Corpus corpus = loader.load(corpusDir, workspace, ProgressListener.NONE);
        r.put("coldOpenMs", ms(t));
        List<Long> shown = new ArrayList<>();
        List<Long> shownCpu = new ArrayList<>();
        List<Long> verified = new ArrayList<>();
        List<Long> verifiedCpu = new ArrayList<>();
        for (int i = 0; i < WARM_OPENS; i++) {
            corpus = null;
            System.gc();
            t = System.nanoTime();
            long cpu = cpuNanos();
            corpus = loader.loadCached(corpusDir, workspace).orElseThrow();
            shown.add(ms(t));
            shownCpu.add((cpuNanos() - cpu) / 1_000_000);
            t = System.nanoTime();
            cpu = cpuNanos();
            corpus = loader.load(corpusDir, workspace, ProgressListener.NONE);
            verified.add(ms(t));
            verifiedCpu.add((cpuNanos() - cpu) / 1_000_000);
        }
        r.put("warmOpenCatalogShownMs", shown);
        r.put("warmOpenCatalogShownCpuMs", shownCpu);
        r.put("warmOpenVerifiedMs", verified);
        r.put("warmOpenVerifiedCpuMs", verifiedCpu);
        r.put("heapUsedWithCatalogMb", heapAfterGc());

        r.putAll(filterOnFxThread(corpus));

        try (SearchIndex index = SearchIndex.open(workspace, List.of(EntityFacet.forWorkspace(workspace)))) {
            t = System.nanoTime();
            long cpu = cpuNanos();
            index.sync(corpus, ProgressListener.NONE);
            r.put("indexBuildMs", ms(t));
            r.put("indexBuildCpuMs", (cpuNanos() - cpu) / 1_000_000);
            r.put("indexSizeMb", folderSize(workspace.resolve(SearchIndex.FOLDER)) >> 20);
            t = System.nanoTime();
            index.sync(corpus, ProgressListener.NONE);
            r.put("indexCheckOnOpenMs", ms(t));
            r.put("heapUsedWithIndexMb", heapAfterGc());

            r.putAll(searchLatency(index, corpus));

            Path imports = base.resolve("import-" + n);
            deleteTree(imports);
            ensureCorpus(imports, IMPORT_COUNT, 4242 + n, "new");
            t = System.nanoTime();
            cpu = cpuNanos();
            ImportWorkflow.Result result = new ImportWorkflow(new Importer(parser), loader)
                    .run(List.of(imports), corpus, workspace, index, ProgressListener.NONE);
            r.put("import1000Ms", ms(t));
            r.put("import1000CpuMs", (cpuNanos() - cpu) / 1_000_000);
            r.put("import1000Added", result.report().count(ImportOutcome.Status.ADDED));
            r.put("import1000NearDuplicates", result.report().nearDuplicates());
            r.put("articlesAfterImport", result.corpus().size());
        }
        return r;
    }

    private Map<String, Object> searchLatency(SearchIndex index, Corpus corpus) throws Exception {
        List<SearchRequest> requests = new ArrayList<>();
        for (String q : QUERIES) {
            requests.add(SearchRequest.of(q, PAGE));
        }
        // the same queries narrowed the way the filters in the window narrow them
        requests.add(new SearchRequest("corridor", LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31), Map.of(),
                PAGE));
        requests.add(new SearchRequest("security", null, null, Map.of("source", Set.of("Dawn", "APP")), PAGE));
        requests.add(new SearchRequest("", LocalDate.of(2020, 1, 1), null, Map.of("source", Set.of("Xinhua")), PAGE));
        requests.add(new SearchRequest("gwadar", null, null,
                Map.of(EntityFacet.DIMENSION, Set.of(EntityFacet.GROUP_PREFIX + "cpec2-corridors")), PAGE));
        for (SearchRequest req : requests) {
            index.search(req); // warm-up: JIT and the OS file cache
        }
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        long matches = 0;
        for (int round = 0; round < SEARCH_ROUNDS; round++) {
            for (SearchRequest req : requests) {
                long t = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                matches += index.search(req).total();
                cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                wall.add((System.nanoTime() - t) / 1e6);
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("searches", wall.size());
        r.put("searchP50Ms", percentile(wall, 0.5));
        r.put("searchP95Ms", percentile(wall, 0.95));
        r.put("searchMaxMs", percentile(wall, 1));
        r.put("searchCpuP50Ms", percentile(cpu, 0.5));
        r.put("searchCpuP95Ms", percentile(cpu, 0.95));
        r.put("meanMatchesPerQuery", matches / wall.size());
        r.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return r;
    }

    /**
     * The document list's filter box, typed one letter at a time ("g", "gw", "gwa", "gwad") and then cleared: the
     * view model filters and sorts (newest first) in the background, the FX thread only wraps the finished list for
     * the table (in an unsorted SortedList, as LibraryView does). Both parts are timed as CPU time of the thread;
     * the FX part is what decides whether typing stays fluid. JavaFX collections need no toolkit, so this runs
     * headless.
     */
    private static Map<String, Object> filterOnFxThread(Corpus corpus) {
        List<String> typed = List.of("g", "gw", "gwa", "gwad", "");
        Comparator<ArticleMeta> newestFirst = Comparator.comparing(ArticleMeta::date,
                Comparator.nullsLast(Comparator.reverseOrder()));
        List<ArticleMeta> all = corpus.articles();
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Object> r = new LinkedHashMap<>();
        for (String text : typed) {
            Predicate<ArticleMeta> p = a -> (a.title() + " " + a.source()).toLowerCase(Locale.ROOT).contains(text);
            long t = threads.getCurrentThreadCpuTime();
            List<ArticleMeta> shown = new ArrayList<>(all.stream().filter(p).toList());
            shown.sort(newestFirst);
            long background = threads.getCurrentThreadCpuTime() - t;
            t = threads.getCurrentThreadCpuTime();
            var forTable = new javafx.collections.transformation.SortedList<>(
                    javafx.collections.FXCollections.observableArrayList(shown));
            long fx = threads.getCurrentThreadCpuTime() - t;
            String key = text.isEmpty() ? "cleared" : text;
            r.put("filter[" + key + "]", Map.of("shown", forTable.size(), "backgroundCpuMs", round(background / 1e6),
                    "fxThreadCpuMs", round(fx / 1e6)));
        }
        return r;
    }

    /** Generates the corpus once; a marker file (hidden, so never loaded) says it is complete. */
    private static long ensureCorpus(Path dir, int n, long seed, String prefix) throws IOException {
        Path marker = dir.resolve(".complete");
        if (Files.exists(marker)) {
            return 0;
        }
        deleteTree(dir);
        long t = System.nanoTime();
        new CorpusGenerator(seed, Path.of("seeds")).write(dir, n, prefix);
        Files.writeString(marker, Integer.toString(n));
        return ms(t);
    }

    private static double percentile(List<Double> samples, double p) {
        List<Double> sorted = samples.stream().sorted().toList();
        return round(sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1)));
    }

    /** CPU time of the whole process: with other jobs on the machine, wall time alone says little. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static long folderSize(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
