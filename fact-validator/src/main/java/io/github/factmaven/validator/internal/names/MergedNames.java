package io.github.factmaven.validator.internal.names;

import io.github.factmaven.validator.internal.hash.LongCounts;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The names of every text of a dataset merged, as far as the spelling variants group them: each
 * spelling with how many times the texts write it, and each word written in lower case with how
 * many texts write it, with the {@linkplain NameContribution#digest() digests} of the texts merged.
 * Kept from one check to the next, it is brought up to date from the texts that changed alone (the
 * names of a text gone taken out, those of a new one put in), where merging afresh reads the names
 * of every text. Places are not merged: only those of the few spellings grouped as variants are
 * read, from every text.
 */
public final class MergedNames {

    /** The texts merged, by digest, ascending; equal texts have equal digests and are each counted. */
    private final long[] digests;

    private final Map<String, Integer> counts;
    private final LongCounts lowercase;

    private MergedNames(long[] digests, Map<String, Integer> counts, LongCounts lowercase) {
        this.digests = digests;
        this.counts = counts;
        this.lowercase = lowercase;
    }

    /**
     * @param texts the names of every text
     * @return them merged
     */
    public static MergedNames of(List<? extends NameContribution> texts) {
        Map<String, Integer> counts = new HashMap<>();
        LongCounts lowercase = new LongCounts(1024);
        long[] digests = new long[texts.size()];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = texts.get(i).digest();
            merge(texts.get(i), 1, counts, lowercase);
        }
        Arrays.sort(digests);
        return new MergedNames(digests, counts, lowercase);
    }

    /**
     * These names brought up to the texts given: the texts merged here that are not among them are
     * taken out, and those among them not merged here put in.
     *
     * @param texts  the names of every text now
     * @param merged the names of the texts merged here, by digest: null for one that is not known
     * @return the names of the texts given merged; none if a text to take out is not known, or if so
     *     many changed that merging afresh costs less
     */
    public Optional<MergedNames> updated(
            List<? extends NameContribution> texts, LongFunction<? extends NameContribution> merged) {
        List<NameContribution> now = new ArrayList<>(texts);
        long[] nowDigests = new long[now.size()];
        now.sort(Comparator.comparingLong(NameContribution::digest));
        for (int i = 0; i < nowDigests.length; i++) {
            nowDigests[i] = now.get(i).digest();
        }
        List<NameContribution> gone = new ArrayList<>();
        List<NameContribution> came = new ArrayList<>();
        int before = 0;
        int after = 0;
        while (before < digests.length || after < nowDigests.length) {
            if (after == nowDigests.length || before < digests.length && digests[before] < nowDigests[after]) {
                NameContribution text = merged.apply(digests[before++]);
                if (text == null) {
                    return Optional.empty();
                }
                gone.add(text);
            } else if (before == digests.length || nowDigests[after] < digests[before]) {
                came.add(now.get(after++));
            } else {
                before++;
                after++;
            }
        }
        if (2 * (gone.size() + came.size()) > now.size()) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new HashMap<>(this.counts);
        LongCounts lowercase = this.lowercase.copy();
        boolean held = true;
        for (NameContribution text : gone) {
            held &= merge(text, -1, counts, lowercase);
        }
        if (!held) {
            return Optional.empty(); // a text taken out that these names did not hold: they are not what they say
        }
        came.forEach(text -> merge(text, 1, counts, lowercase));
        return Optional.of(new MergedNames(nowDigests, counts, lowercase));
    }

    /**
     * @return how many times each spelling is written, for every spelling that is a name: not also
     *     written in lower case
     */
    public Map<String, Integer> nameCounts() {
        Map<String, Integer> names = new HashMap<>();
        counts.forEach((spelling, count) -> {
            if (lowercase.get(NameIndex.lowerCaseHash(spelling)) == 0) {
                names.put(spelling, count);
            }
        });
        return names;
    }

    /** @return false if a count went below zero: a text taken out that the names did not hold */
    private static boolean merge(NameContribution text, int sign, Map<String, Integer> counts, LongCounts lowercase) {
        boolean[] held = {true};
        text.spellings((spelling, count) -> {
            Integer sum = counts.merge(spelling, sign * count, MergedNames::sumOrNone);
            held[0] &= sum == null || sum > 0;
        });
        text.lowerCaseWords(word -> held[0] &= lowercase.add(word, sign) >= 0);
        return held[0];
    }

    /** A count that comes to zero is no count: the spelling is no longer written. */
    private static Integer sumOrNone(Integer count, Integer more) {
        int sum = count + more;
        return sum == 0 ? null : sum;
    }

    /**
     * Writes the names merged, as {@link #read} reads them.
     *
     * @param out where to write
     * @throws IOException if it cannot be written
     */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(digests.length);
        for (long digest : digests) {
            out.writeLong(digest);
        }
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> spelling : counts.entrySet()) {
            out.writeUTF(spelling.getKey());
            out.writeInt(spelling.getValue());
        }
        out.writeInt(lowercase.size());
        IOException[] failed = new IOException[1];
        lowercase.forEach((word, texts) -> {
            try {
                out.writeLong(word);
                out.writeInt(texts);
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /**
     * Reads names merged, as {@link #write} wrote them; every count is checked against the bytes
     * left, so a damaged one cannot ask for more memory than the file holds.
     *
     * @param in where to read
     * @return the names merged
     * @throws IOException if they cannot be read, or are not names merged
     */
    public static MergedNames read(DataInputStream in) throws IOException {
        long[] digests = new long[count(in, Long.BYTES)];
        for (int i = 0; i < digests.length; i++) {
            digests[i] = in.readLong();
            if (i > 0 && digests[i] < digests[i - 1]) {
                throw new IOException("digests of names out of order");
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (int i = count(in, Short.BYTES + Integer.BYTES); i > 0; i--) {
            String spelling = in.readUTF();
            int count = in.readInt();
            if (count < 1 || counts.put(spelling, count) != null) {
                throw new IOException("a spelling counted " + count + " times, or twice");
            }
        }
        LongCounts lowercase = new LongCounts(1024);
        for (int i = count(in, Long.BYTES + Integer.BYTES); i > 0; i--) {
            long word = in.readLong();
            int texts = in.readInt();
            if (texts < 1 || lowercase.add(word, texts) != texts) {
                throw new IOException("a word in lower case written in " + texts + " texts, or twice");
            }
        }
        return new MergedNames(digests, counts, lowercase);
    }

    private static int count(DataInputStream in, int bytesEach) throws IOException {
        int count = in.readInt();
        if (count < 0 || (long) count * bytesEach > in.available()) {
            throw new IOException("a count of " + count + " with " + in.available() + " bytes left");
        }
        return count;
    }
}
