package io.github.factmaven.validator.internal.names;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds names written in near-identical ways, such as "Koprikin" and "Kopyrkin", or the
 * transliterations "Kiev" and "Kyiv": an editor's list of discrepancies to check.
 *
 * <p>Precision matters more than recall: a list full of false alarms is not read. Two spellings
 * are variants only if they start with the same letter, neither occurs in lower case (so they are
 * names, not common words), they are not one stem with two English endings ("Armenia", "Armenian";
 * "Minister", "Ministry"), and either they have the same consonants in the same order and differ by
 * at most two edits (transliterations swap vowels: "Kiev", "Kyiv"; "Zelenska", "Zelenskaya"), or
 * they are long and differ by one edit ("Pashinyan", "Pashinian"). The masculine and feminine forms
 * of a surname ("Zelensky", "Zelenskaya") are different people, not variants.
 */
public final class SpellingVariants {

    /** Endings that make another word of a stem: plurals, demonyms, adjectives, nouns of office. */
    private static final Set<String> ENDINGS = Set.of(
            "", "a", "e", "i", "y", "s", "es", "n", "an", "ian", "ns", "ans", "ians", "is", "ese", "ic", "ics", "ism",
            "ist", "ists", "ite", "ites", "ed", "ing", "er", "ers", "ly", "al", "ry", "ries", "ies", "ion", "ions",
            "ive", "ity", "ment", "ments", "ance", "ence", "ant", "ent", "ary", "ery", "ory", "ure");
    /** Shorter shared beginnings are too short to be a stem. */
    private static final int MIN_STEM = 4;
    /** Feminine endings of Slavic surnames whose masculine form ends in -y, -i, -iy or -yi. */
    private static final List<String> FEMININE = List.of("aya", "aia", "ya", "a");

    private static final String VOWELS = "aeiouyäöüéèêáàâíìîóòôúùûæøå";
    /** Spellings that differ by one edit are variants only when at least this long. */
    private static final int ONE_EDIT_MIN_LENGTH = 6;
    /** A name extended by two letters is a variant only when at least this long ("Zelenska", "Zelenskaya"). */
    private static final int EXTENSION_MIN_LENGTH = 7;

    private final List<Set<String>> accepted;

    /**
     * @param accepted groups of spellings that are known and accepted, such as {"Kiev", "Kyiv"}; a
     *                 group found is reported unless all its spellings are in one accepted group
     */
    public SpellingVariants(Collection<? extends Collection<String>> accepted) {
        this.accepted = accepted.stream().map(Set::<String>copyOf).toList();
    }

    /**
     * @param index the names of the dataset
     * @return a warning per group of variants, groups in order of their most frequent spelling
     */
    public List<Warning> find(NameIndex index) {
        Map<String, NamePlaces> names = index.names();
        Map<String, Integer> counts = new HashMap<>();
        names.forEach((name, places) -> {
            if (!index.occursInLowerCase(name)) {
                counts.put(name, places.count());
            }
        });
        return groups(counts).stream().map(group -> warning(group, names)).toList();
    }

    /**
     * The groups of variants among names, for an index too large to hold their places: only the
     * places of the names grouped are needed for the warnings ({@link #warning}).
     *
     * @param counts how many times each name is written, for every name not also written in lower case
     * @return each group of variants not accepted, most frequent spelling first, groups in order of it
     */
    public List<List<String>> groups(Map<String, Integer> counts) {
        List<String> candidates = counts.keySet().stream().sorted().toList();
        Map<String, String> parent = new HashMap<>();
        for (List<String> block : blocks(candidates)) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    if (variants(block.get(i), block.get(j))) {
                        union(parent, block.get(i), block.get(j));
                    }
                }
            }
        }
        Map<String, List<String>> groups = new TreeMap<>();
        parent.keySet()
                .forEach(name -> groups.computeIfAbsent(find(parent, name), root -> new ArrayList<>())
                        .add(name));
        Comparator<String> byFrequency =
                Comparator.comparingInt((String name) -> -counts.get(name)).thenComparing(Comparator.naturalOrder());
        return groups.values().stream()
                .map(group -> group.stream().sorted(byFrequency).toList())
                .filter(group -> accepted.stream().noneMatch(set -> set.containsAll(group)))
                .sorted(Comparator.comparing((List<String> group) -> group.get(0), byFrequency))
                .toList();
    }

    /**
     * Spellings that could be variants share a block: the same consonant skeleton, or the same
     * word with one letter deleted. This keeps the comparisons near linear in the number of names.
     */
    private static Collection<List<String>> blocks(List<String> names) {
        Map<String, Set<String>> blocks = new HashMap<>();
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            blocks.computeIfAbsent("=" + skeleton(lower), key -> new HashSet<>())
                    .add(name);
            if (lower.length() >= ONE_EDIT_MIN_LENGTH - 1) {
                for (int i = 0; i < lower.length(); i++) {
                    blocks.computeIfAbsent("-" + lower.substring(0, i) + lower.substring(i + 1), key -> new HashSet<>())
                            .add(name);
                }
            }
        }
        return blocks.values().stream()
                .filter(block -> block.size() > 1)
                .map(block -> block.stream().sorted().toList())
                .collect(Collectors.toList());
    }

    static boolean variants(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        if (a.equals(b) || a.charAt(0) != b.charAt(0) || forms(a, b) || genderForms(a, b) || genderForms(b, a)) {
            return false;
        }
        int edits = edits(a, b);
        String skeleton = skeleton(a);
        // a short skeleton ("kv") is shared by unrelated names ("Kevo"): short ones must also end alike
        boolean sameConsonants = skeleton.equals(skeleton(b))
                && (skeleton.length() >= 3 || a.charAt(a.length() - 1) == b.charAt(b.length() - 1));
        // a short name extended by two letters is usually another word: "Armen", "Armenia"
        boolean shortExtension = edits == 2
                && (b.startsWith(a) || a.startsWith(b))
                && Math.min(a.length(), b.length()) < EXTENSION_MIN_LENGTH;
        return (edits <= 2 && sameConsonants && !shortExtension)
                || (edits == 1 && Math.min(a.length(), b.length()) >= ONE_EDIT_MIN_LENGTH);
    }

    /**
     * The masculine and feminine forms of a Slavic surname name different people: "Lavrov",
     * "Lavrova"; "Zelensky", "Zelenskaya". Two feminine transliterations ("Zelenska", "Zelenskaya")
     * are still variants.
     */
    private static boolean genderForms(String masculine, String feminine) {
        char last = masculine.charAt(masculine.length() - 1);
        if (VOWELS.indexOf(last) < 0) {
            return feminine.equals(masculine + "a");
        }
        if (last != 'y' && last != 'i') {
            return false;
        }
        String stem = masculine.substring(
                0, masculine.length() - (masculine.endsWith("iy") || masculine.endsWith("yi") ? 2 : 1));
        return FEMININE.stream().anyMatch(ending -> feminine.equals(stem + ending));
    }

    /**
     * Two words are forms of one stem when each is the stem plus an English ending: "Armenia",
     * "Armenian"; "Minister", "Ministry"; "Ukraine", "Ukrainian". Two one-letter endings do not
     * count ("Zelensky", "Zelenski" are transliterations of one name).
     */
    private static boolean forms(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        for (int stem = common; stem >= MIN_STEM; stem--) {
            String first = a.substring(stem);
            String second = b.substring(stem);
            if (ENDINGS.contains(first) && ENDINGS.contains(second) && !(first.length() == 1 && second.length() == 1)) {
                return true;
            }
        }
        return false;
    }

    /** The consonants in order, doubled ones once: "kopyrkin" and "koprikin" are both "kprkn". */
    static String skeleton(String word) {
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (VOWELS.indexOf(c) < 0 && (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != c)) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    /** The optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * @param group a group of variants, as {@link #groups} gives it
     * @param names the count and first places of each spelling of the group
     * @return the warning about the group
     */
    public static Warning warning(List<String> group, Map<String, NamePlaces> names) {
        StringBuilder message = new StringBuilder(group.stream()
                        .map(name ->
                                "\"" + name + "\" (" + times(names.get(name).count()) + ")")
                        .collect(Collectors.joining(", ")))
                .append(" look like spellings of one name: check which is right");
        for (String name : group) {
            NamePlaces places = names.get(name);
            message.append("\n  ")
                    .append(name)
                    .append(": ")
                    .append(places.first().stream().map(Location::toString).collect(Collectors.joining(", ")));
            int more = places.count() - places.first().size();
            if (more > 0) {
                message.append(String.format(Locale.ROOT, " and %,d more", more));
            }
        }
        return new Warning(
                WarningKind.SPELLING_VARIANTS,
                names.get(group.get(group.size() - 1)).first().get(0),
                message.toString());
    }

    private static String times(int times) {
        return times == 1 ? "once" : String.format(Locale.ROOT, "%,d times", times);
    }

    private static String find(Map<String, String> parent, String name) {
        String root = parent.getOrDefault(name, name);
        return root.equals(name) ? name : find(parent, root);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String rootA = find(parent, a);
        String rootB = find(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }
}
