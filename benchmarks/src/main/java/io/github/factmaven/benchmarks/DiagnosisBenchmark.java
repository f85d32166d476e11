package io.github.factmaven.benchmarks;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * What diagnosing failing claims costs: one failing claim of each kind in a 1 MB source, and a
 * dataset of 10,000 failing claims over ten 1 MB sources. Prints figures; asserts nothing about time.
 */
public final class DiagnosisBenchmark {

    private static final int SOURCE_SIZE = 1_000_000;
    private static final int WARMUP = 10;
    private static final int RUNS = 30;

    private DiagnosisBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path project = Files.createTempDirectory("fact-benchmark");
        Random random = new Random(2023);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String text = NewsText.generate(random, SOURCE_SIZE);
            texts.add(text);
            Files.createDirectories(project.resolve("sources"));
            Files.writeString(project.resolve("sources/s" + i + ".txt"), text);
        }
        Dataset dataset = Dataset.inDirectory(project);
        System.out.printf(
                Locale.ROOT,
                "fact-maven diagnosis benchmark: %d sources of %,d characters, %s, %d cores%n%n",
                texts.size(),
                SOURCE_SIZE,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());

        singleClaims(texts.get(0), dataset);
        manyFailingClaims(texts, project, random, 4, "a quarter each: typo, typography, moved, fabricated");
        manyFailingClaims(texts, project, random, 3, "a third each: typo, typography, moved");
    }

    private static void singleClaims(String text, Dataset dataset) {
        int near = text.length() / 2;
        String quote = text.substring(near, near + 120);
        int offset = text.codePointCount(0, near);
        String far = text.substring(text.length() - 200, text.length() - 80);
        int farOffset = text.codePointCount(0, text.length() - 200);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("verified (baseline)", claim(quote, offset));
        cases.put("typo at its offset", claim(misspell(quote), offset));
        cases.put("typography at its offset", claim(quote.replace('’', '\'').replace('\u00A0', ' '), offset));
        cases.put("moved 1,000 characters", claim(quote, offset + 1000));
        cases.put("typo far from its offset", claim(misspell(far), 0));
        cases.put(
                "not found (fabricated)",
                claim(
                        "Armenia and Russia signed a new treaty of eternal friendship "
                                + "in Sochi on Tuesday, officials said.",
                        offset));
        cases.put("in another source", claim(textOf(1, dataset).substring(5000, 5120), offset));

        System.out.println("One claim in a 1 MB source; time of the whole check (read, decode, compare, diagnose):");
        System.out.printf(Locale.ROOT, "  %-28s %-16s %10s %10s%n", "case", "status", "median ms", "p90 ms");
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            ClaimsFile file = new ClaimsFileReader().parse("{\"claims\": [" + entry.getValue() + "]}", "claims/c.json");
            FactChecker checker = new FactChecker();
            double[] times = new double[RUNS];
            Status status = null;
            for (int run = -WARMUP; run < RUNS; run++) {
                long start = System.nanoTime();
                CheckResult result = checker.check(List.of(file), dataset);
                double millis = (System.nanoTime() - start) / 1e6;
                status = result.claims().get(0).status();
                if (run >= 0) {
                    times[run] = millis;
                }
            }
            Arrays.sort(times);
            System.out.printf(
                    Locale.ROOT,
                    "  %-28s %-16s %10.1f %10.1f%n",
                    entry.getKey(),
                    status,
                    times[RUNS / 2],
                    times[RUNS * 9 / 10]);
        }
        System.out.println();
    }

    private static void manyFailingClaims(List<String> texts, Path project, Random random, int kinds, String mix)
            throws IOException {
        int claims = 10_000;
        Path claimsDirectory = project.resolve("claims");
        Files.createDirectories(claimsDirectory);
        IntFunction<String> failing = i -> {
            int source = i % texts.size();
            String text = texts.get(source);
            int at = random.nextInt(text.length() - 300);
            while (Character.isLowSurrogate(text.charAt(at))) {
                at++;
            }
            String quote = text.substring(at, at + 60 + random.nextInt(100));
            while (Character.isHighSurrogate(quote.charAt(quote.length() - 1))) {
                quote = quote.substring(0, quote.length() - 1);
            }
            int offset = text.codePointCount(0, at);
            return switch (i % kinds) {
                case 0 -> claim("c" + i, misspell(quote), "s" + source + ".txt", offset);
                case 1 ->
                    claim(
                            "c" + i,
                            quote.replace('’', '\'').replace('\u00A0', ' ').replace('—', '-'),
                            "s" + source + ".txt",
                            offset);
                case 2 -> claim("c" + i, quote, "s" + source + ".txt", offset + 7);
                default ->
                    claim(
                            "c" + i,
                            "Fabricated quote number " + i + " that no source has ever printed.",
                            "s" + source + ".txt",
                            offset);
            };
        };
        for (int file = 0; file < 10; file++) {
            StringBuilder json = new StringBuilder("{\"claims\": [\n");
            for (int i = file * claims / 10; i < (file + 1) * claims / 10; i++) {
                json.append(i == file * claims / 10 ? "" : ",\n").append(failing.apply(i));
            }
            Files.writeString(claimsDirectory.resolve("f" + file + ".json"), json.append("\n]}\n"));
        }
        System.out.println("10,000 failing claims over ten 1 MB sources (" + mix + "); whole check from disk:");
        FactChecker checker = new FactChecker();
        for (int run = 1; run <= 3; run++) {
            System.gc();
            long start = System.nanoTime();
            CheckResult result = checker.check(Dataset.inDirectory(project));
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (ClaimResult claim : result.claims()) {
                counts.merge(claim.status(), 1, Integer::sum);
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.printf(
                    Locale.ROOT,
                    "  run %d: %.2f s, %,.0f claims/s, heap in use %d MB; %s%n",
                    run,
                    seconds,
                    result.claims().size() / seconds,
                    (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                    counts);
        }
        System.out.println();
    }

    private static String textOf(int source, Dataset dataset) {
        try {
            return Files.readString(dataset.sourcesDirectory().resolve("s" + source + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String misspell(String quote) {
        int middle = quote.length() / 2;
        while (!Character.isLetter(quote.charAt(middle))) {
            middle++;
        }
        char replacement = quote.charAt(middle) == 'x' ? 'y' : 'x';
        return quote.substring(0, middle) + replacement + quote.substring(middle + 1);
    }

    private static String claim(String quote, int offset) {
        return claim("claim", quote, "s0.txt", offset);
    }

    private static String claim(String id, String quote, String source, int offset) {
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + json(quote) + "\", \"source\": \""
                + source + "\", \"offset\": " + offset + ", \"outlet\": \"o\"}";
    }

    private static String json(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
