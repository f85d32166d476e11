package io.github.factmaven.benchmarks;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.source.QuoteOccurrences;
import io.github.factmaven.validator.internal.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the paths every claim or every source byte goes through: checking a source's
 * bytes as UTF-8 and indexing its code points in one pass, comparing quotes at their offsets,
 * finding where each quote occurs and the names the source spells, and reading a claims file, both
 * the streaming way a valid file takes and the schema-validating way a file with a mistake takes.
 * Run with {@code -Pbenchmark}; options in {@code -Djmh.options}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HotPaths {

    /** Claims per claims file, and quotes compared per call. */
    private static final int CLAIMS = 1_000;

    private byte[] sourceBytes;
    private SourceText indexed;
    private int[] offsets;
    private String[] quotes;
    private List<String> quoteList;
    private String validClaims;
    private String claimsWithOneMistake;

    /** A 1 MB source of news-like text (emoji, no-break spaces, curly quotes) and claims cut from it. */
    @Setup
    public void generate() {
        Random random = new Random(20231024);
        String sourceText = NewsText.generate(random, 1 << 20);
        sourceBytes = sourceText.getBytes(StandardCharsets.UTF_8);
        indexed = SourceText.of(sourceText);
        offsets = new int[CLAIMS];
        quotes = new String[CLAIMS];
        StringBuilder json = new StringBuilder("{\n  \"claims\": [\n");
        for (int i = 0; i < CLAIMS; i++) {
            int length = 30 + random.nextInt(90);
            offsets[i] = random.nextInt(indexed.length() - length);
            quotes[i] = indexed.slice(offsets[i], offsets[i] + length);
            json.append(i == 0 ? "" : ",\n")
                    .append("    {\"id\": \"claim-")
                    .append(i)
                    .append("\", \"statement\": \"A statement about the text.\", \"quote\": \"")
                    .append(escaped(quotes[i]))
                    .append("\", \"source\": \"news.txt\", \"offset\": ")
                    .append(offsets[i])
                    .append(", \"outlet\": \"Outlet\"}");
        }
        quoteList = List.of(quotes);
        validClaims = json.append("\n  ]\n}\n").toString();
        // a negative offset binds nowhere: the whole file goes through the schema
        claimsWithOneMistake = validClaims.replace("\"offset\": " + offsets[CLAIMS - 1] + ",", "\"offset\": -1,");
        if (readValidClaims().claims().size() != CLAIMS
                || readClaimsThroughSchema().invalidClaims().size() != 1
                || compareQuotes() != CLAIMS) {
            throw new IllegalStateException("the generated claims are not what the benchmarks measure");
        }
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** 1 MB of bytes checked as UTF-8 and indexed for code point offsets, in one pass, not decoded. */
    @Benchmark
    public SourceText checkAndIndexSource() throws InvalidUtf8Exception {
        return SourceText.ofUtf8(sourceBytes);
    }

    /** Where each of {@value #CLAIMS} quotes occurs in 1 MB, in one pass over its bytes. */
    @Benchmark
    public QuoteOccurrences.Found locateQuotes() {
        return QuoteOccurrences.locate(indexed, quoteList, 101);
    }

    /** The names 1 MB of text spells, for the spelling variants, in one pass over its bytes. */
    @Benchmark
    public NameIndex.SourceNames findNames() {
        return NameIndex.namesOf("sources/news.txt", indexed);
    }

    /** Comparing {@value #CLAIMS} quotes with the source at their code point offsets. */
    @Benchmark
    public int compareQuotes() {
        int matching = 0;
        for (int i = 0; i < CLAIMS; i++) {
            matching += indexed.matchesAt(offsets[i], quotes[i]) ? 1 : 0;
        }
        return matching;
    }

    /** Reading a valid file of {@value #CLAIMS} claims: one streaming pass, no schema. */
    @Benchmark
    public ClaimsFile readValidClaims() {
        return new ClaimsFileReader().parse(validClaims, "claims/news.json");
    }

    /** Reading the same file with one invalid claim: a tree validated against the JSON Schema. */
    @Benchmark
    public ClaimsFile readClaimsThroughSchema() {
        return new ClaimsFileReader().parse(claimsWithOneMistake, "claims/news.json");
    }
}
