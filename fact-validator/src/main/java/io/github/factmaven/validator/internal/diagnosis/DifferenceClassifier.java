package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.validator.api.DifferenceKind;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Tells what kind of difference separates two stretches of text, trying the harmless explanations
 * first: a stretch that differs only in typography is not a misquote, a stretch with a Cyrillic
 * letter in a Latin name is a different string that looks the same.
 */
public final class DifferenceClassifier {

    /** Typographic characters and the plain characters a keyboard types for them. */
    private static final Map<Integer, String> TYPOGRAPHY = typography();
    /** Letters of other scripts that look like Latin letters, as sources about the region mix them. */
    private static final Map<Integer, Integer> LOOKALIKES = lookalikes();

    private DifferenceClassifier() {}

    static DifferenceKind classify(String quote, String source) {
        String quoteNfc = Normalizer.normalize(quote, Normalizer.Form.NFC);
        String sourceNfc = Normalizer.normalize(source, Normalizer.Form.NFC);
        if (quoteNfc.equals(sourceNfc)) {
            return DifferenceKind.NORMALIZATION;
        }
        String quotePlain = plainTypography(quoteNfc);
        String sourcePlain = plainTypography(sourceNfc);
        if (quotePlain.equals(sourcePlain)) {
            return DifferenceKind.TYPOGRAPHY;
        }
        if (quotePlain.isBlank() && sourcePlain.isBlank()) {
            return DifferenceKind.WHITESPACE;
        }
        if (quotePlain.toLowerCase(Locale.ROOT).equals(sourcePlain.toLowerCase(Locale.ROOT))) {
            return DifferenceKind.LETTER_CASE;
        }
        if (latinSkeleton(quotePlain).equals(latinSkeleton(sourcePlain))) {
            return DifferenceKind.LOOKALIKE;
        }
        return DifferenceKind.SUBSTANCE;
    }

    /** Replaces typographic characters by what a keyboard types, and drops invisible ones. */
    private static String plainTypography(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String replacement = TYPOGRAPHY.get(codePoint);
            if (replacement != null) {
                plain.append(replacement);
            } else if (Character.getType(codePoint) == Character.SPACE_SEPARATOR) {
                plain.append(' ');
            } else {
                plain.appendCodePoint(codePoint);
            }
        });
        return plain.toString();
    }

    private static String latinSkeleton(String text) {
        return text.codePoints()
                .map(codePoint -> LOOKALIKES.getOrDefault(codePoint, codePoint))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static Map<Integer, String> typography() {
        Map<String, String> groups = Map.of(
                "\u2018\u2019\u201A\u201B\u2032\u02BC\u00B4\u0060", "'",
                "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB", "\"",
                "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D", "-",
                "\u2026", "...",
                "\u200B\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F", "");
        return groups.entrySet().stream()
                .flatMap(group -> group.getKey().codePoints().mapToObj(c -> Map.entry(c, group.getValue())))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<Integer, Integer> lookalikes() {
        // pairs of (look-alike, Latin letter): Cyrillic, Greek and Armenian
        String pairs = "аaеeіiјjоoрpсcуyхxѕsһhԁdԛqԝwӏl"
                + "АAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSԚQԜW"
                + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνv"
                + "օoսuհhոnզq";
        return IntStream.range(0, pairs.length() / 2)
                .boxed()
                .collect(Collectors.toUnmodifiableMap(
                        i -> (int) pairs.charAt(2 * i), i -> (int) pairs.charAt(2 * i + 1)));
    }
}
