package io.github.factmaven.benchmarks;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a dataset of a given size, the same for the same parameters: news-like sources (see
 * {@link NewsText}) and claims files whose quotes are cut from them at code point offsets. A share
 * of the claims fails, in equal parts: a letter typed wrong, a straight apostrophe or plain space
 * where the source has a curly one or a no-break space, an offset off by up to 100 characters.
 *
 * @param claims       how many claims, spread evenly over the claims files
 * @param claimsFiles  how many claims files
 * @param sources      how many source files
 * @param sourceBytes  about how many bytes of sources in all
 * @param failingShare the share of claims that must fail, from 0 to 1
 */
record ScaleDataset(int claims, int claimsFiles, int sources, long sourceBytes, double failingShare) {

    private static final long SEED = 2023;

    /** @return a name that tells the parameters, used as the dataset's directory name */
    String name() {
        return String.format(
                Locale.ROOT,
                "claims-%d-files-%d-sources-%d-bytes-%d-failing-%s",
                claims,
                claimsFiles,
                sources,
                sourceBytes,
                failingShare);
    }

    /** @return how many claims are generated to fail */
    int failing() {
        int failing = 0;
        for (int i = 0; i < claims; i++) {
            failing += fails(i) ? 1 : 0;
        }
        return failing;
    }

    private boolean fails(int claim) {
        // evenly spread, and exactly reproducible without a random stream
        return Math.floor((claim + 1) * failingShare) > Math.floor(claim * failingShare);
    }

    /**
     * Writes the dataset under the directory, unless a complete one is there already.
     *
     * @param directory the dataset project's directory
     * @return the directory
     * @throws IOException if a file cannot be written
     */
    Path writeTo(Path directory) throws IOException {
        Path done = directory.resolve("generated.txt");
        if (Files.exists(done)) {
            return directory;
        }
        Files.createDirectories(directory.resolve("sources"));
        Files.createDirectories(directory.resolve("claims"));
        Random random = new Random(SEED);
        int[][] texts = new int[sources][];
        int characters = (int) (sourceBytes / sources / 1.07); // about 7% of the bytes are multi-byte
        for (int s = 0; s < sources; s++) {
            String text = NewsText.generate(random, characters);
            Files.writeString(directory.resolve("sources").resolve(sourceName(s)), text);
            texts[s] = text.codePoints().toArray();
        }
        int perFile = (claims + claimsFiles - 1) / claimsFiles;
        for (int f = 0, claim = 0; f < claimsFiles; f++) {
            Path file = directory.resolve("claims").resolve(String.format(Locale.ROOT, "claims-%03d.json", f));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("{\n  \"claims\": [");
                for (int k = 0; k < perFile && claim < claims; k++, claim++) {
                    out.write(k == 0 ? "\n" : ",\n");
                    writeClaim(out, claim, random, texts);
                }
                out.write("\n  ]\n}\n");
            }
        }
        Files.writeString(done, name() + "\n");
        return directory;
    }

    private void writeClaim(BufferedWriter out, int claim, Random random, int[][] texts) throws IOException {
        int source = random.nextInt(sources);
        int[] text = texts[source];
        int length = 30 + random.nextInt(90);
        int offset = random.nextInt(text.length - length);
        String quote = new String(text, offset, length);
        if (fails(claim)) {
            switch (claim % 3) {
                case 0 -> quote = typo(quote, random);
                case 1 -> quote = typography(quote, random);
                default -> offset += 1 + random.nextInt(100);
            }
        }
        out.write("    {\n");
        member(out, "id", String.format(Locale.ROOT, "claim-%07d", claim));
        member(out, "statement", "Generated claim " + claim + " about " + sourceName(source));
        member(out, "quote", quote);
        member(out, "source", sourceName(source));
        out.write("      \"offset\": " + offset + ",\n");
        out.write("      \"outlet\": \"Outlet " + source % 7 + "\"\n    }");
    }

    /** A letter replaced by a different one, as a typing slip. */
    private static String typo(String quote, Random random) {
        int[] codePoints = quote.codePoints().toArray();
        for (int tries = 0; tries < 1000; tries++) {
            int at = random.nextInt(codePoints.length);
            if (Character.isLowerCase(codePoints[at])) {
                codePoints[at] = codePoints[at] == 'e' ? 'a' : 'e';
                return new String(codePoints, 0, codePoints.length);
            }
        }
        return "x" + quote;
    }

    /** Typography flattened as a keyboard types it; a typo if the quote has none. */
    private static String typography(String quote, Random random) {
        String flat = quote.replace('\u2019', '\'').replace('\u00A0', ' ').replace('\u201C', '"');
        return flat.equals(quote) ? typo(quote, random) : flat;
    }

    private static void member(BufferedWriter out, String name, String value) throws IOException {
        out.write("      \"" + name + "\": \"");
        out.write(JsonStringEncoder.getInstance().quoteAsString(value));
        out.write("\",\n");
    }

    static String sourceName(int source) {
        return String.format(Locale.ROOT, "s%03d.txt", source);
    }
}
