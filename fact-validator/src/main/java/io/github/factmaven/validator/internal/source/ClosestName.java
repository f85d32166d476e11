package io.github.factmaven.validator.internal.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file a claim probably meant when the one it names does not exist: the same name in other
 * letter case, a name a slip or two away ("2023/azatutyn.txt"), or the one file whose name begins
 * as the claim's does ("001.txt" for "001_95c90beaeb40d16c.txt").
 */
final class ClosestName {

    private ClosestName() {}

    /**
     * @param missing the path a claim names, relative to the sources folder
     * @param files   the files there, relative to it, sorted
     * @return the file most likely meant, if one is close enough to suggest
     */
    static Optional<String> among(String missing, List<String> files) {
        String wanted = missing.toLowerCase(Locale.ROOT);
        String stem = stem(wanted);
        String extension = wanted.substring(stem.length());
        // a slip is a few letters of a long name: "b.txt" for "a.txt" is another file, not a slip
        int allowed = stem.length() / 4;
        String best = null;
        int bestEdits = allowed + 1;
        for (String file : files) {
            String name = file.toLowerCase(Locale.ROOT);
            if (name.endsWith(extension)) {
                String other = name.substring(0, name.length() - extension.length());
                if (Math.abs(other.length() - stem.length()) < bestEdits) {
                    int edits = edits(stem, other, bestEdits);
                    if (edits < bestEdits) {
                        best = file;
                        bestEdits = edits;
                    }
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        List<String> begun = files.stream()
                .filter(file -> file.toLowerCase(Locale.ROOT).startsWith(stem))
                .limit(2)
                .toList();
        return begun.size() == 1 ? Optional.of(begun.get(0)) : Optional.empty();
    }

    /** The path without its extension, if its file name has one. */
    private static String stem(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
    }

    /** Levenshtein distance, or {@code limit} once it is sure to be that much or more. */
    private static int edits(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(limit, previous[b.length()]);
    }
}
