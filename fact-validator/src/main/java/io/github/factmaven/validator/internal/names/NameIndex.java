package io.github.factmaven.validator.internal.names;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.validator.internal.hash.LongSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The capitalized words of a dataset's sources and quotes, each spelling with where it is written:
 * the raw material of the spelling-variant search. Also remembers which words occur in lower case,
 * since a word written in lower case somewhere ("minister", "there") is a common word and not a
 * name; words too short to be names are not remembered. Sources can be added from several threads.
 *
 * <p>Memory grows with the distinct words, not with the text: per spelling a count and a few places
 * ({@link NamePlaces}), and per lower-case word a 64-bit hash.
 */
public final class NameIndex {

    /** Shorter words are too often different words that happen to look alike. */
    static final int MIN_LENGTH = 4;
    /** Quotes indexed by one thread before merging what they name into the index. */
    private static final int QUOTE_CHUNK = 4096;
    /** Characters of a source copied and scanned at a time. */
    private static final int BLOCK = 4096;

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    // what a character is, as bits of CLASSES: one lookup instead of Character.isLetter's several
    private static final int LETTER = 1;
    private static final int UPPER = 2;
    private static final int LOWER = 4;
    private static final int LINE_FEED = 8;
    private static final int CARRIAGE_RETURN = 16;
    private static final int HIGH_SURROGATE = 32;
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = (byte)
                    (Character.isLetter(c)
                            ? LETTER | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                            : 0);
        }
        CLASSES['\n'] = LINE_FEED;
        CLASSES['\r'] = CARRIAGE_RETURN;
        for (char c = Character.MIN_HIGH_SURROGATE; c <= Character.MAX_HIGH_SURROGATE; c++) {
            CLASSES[c] = HIGH_SURROGATE;
        }
    }

    private final Map<String, NamePlaces> names = new HashMap<>();
    private final LongSet lowercase = new LongSet(1024);
    private final Set<String> sources = new HashSet<>();

    /**
     * Adds every name of a text. Lines end at LF, CRLF or CR, and columns count code points from 1,
     * as everywhere else in messages.
     *
     * @param file the text's file, as messages show it; a file added before is not added again
     * @param text the text
     */
    void addSource(String file, String text) {
        synchronized (this) {
            if (sources.contains(file)) {
                return;
            }
        }
        add(file, namesOf(file, text));
    }

    /**
     * Adds the names of a source found before, by {@link #namesOf}.
     *
     * @param file  the source's file; a file added before is not added again
     * @param names its names
     */
    public void add(String file, SourceNames names) {
        synchronized (this) {
            if (!sources.add(file)) {
                return;
            }
        }
        merge(names.names(), names.lowercase());
    }

    /**
     * Finds the names of a text, as {@link #addSource} adds them.
     *
     * @param file the text's file, as messages show it
     * @param text the text
     * @return its names and lower-case words
     */
    public static SourceNames namesOf(String file, String text) {
        return new NameScan(file, text).run();
    }

    /** One pass over a source text, which keeps the line it is on for the places of names. */
    private static final class NameScan {
        private final String file;
        private final String text;
        private final Spellings found = new Spellings();
        private final LongSet lower = new LongSet(1024);
        private int line = 1;
        private int lineStart;
        /** Code points before lineStart's column 1 that are surrogate pairs. */
        private int columnOffset;

        NameScan(String file, String text) {
            this.file = file;
            this.text = text;
        }

        SourceNames run() {
            int wordStart = -1; // -1 between words
            int firstClass = 0;
            int laterClasses = 0;
            long hash = 0;
            char previous = 0;
            int length = text.length();
            // a block-sized copy at a time (String.charAt checks bounds and coder per character), each
            // character classified by one table lookup and hashed as it is met, not read again
            char[] block = new char[BLOCK];
            for (int from = 0; from < length; from += BLOCK) {
                int count = Math.min(BLOCK, length - from);
                text.getChars(from, from + count, block, 0);
                for (int k = 0; k < count; k++) {
                    char c = block[k];
                    int type = CLASSES[c];
                    if ((type & LETTER) != 0) {
                        if (wordStart < 0) {
                            wordStart = from + k;
                            firstClass = type;
                            laterClasses = 0;
                            hash = FNV_OFFSET;
                        } else {
                            laterClasses |= type;
                        }
                        hash = (hash ^ lowerCase(c)) * FNV_PRIME;
                        continue;
                    }
                    if (wordStart >= 0) {
                        word(wordStart, from + k, firstClass, laterClasses, hash);
                        wordStart = -1;
                    }
                    if (type == LINE_FEED || type == CARRIAGE_RETURN) {
                        // the LF of a CRLF ends the line its CR ended
                        line += c == '\n' && previous == '\r' ? 0 : 1;
                        lineStart = from + k + 1;
                        columnOffset = 0;
                    } else if (type == HIGH_SURROGATE) {
                        columnOffset++;
                    }
                    previous = c;
                }
            }
            if (wordStart >= 0) {
                word(wordStart, length, firstClass, laterClasses, hash);
            }
            return new SourceNames(found.toMap(), lower);
        }

        /** Keeps a word: a name with its place, a lower-case word by its hash, a short word not at all. */
        private void word(int start, int end, int firstClass, int laterClasses, long lowerCaseHash) {
            if (end - start < MIN_LENGTH) {
                return;
            }
            if (isName(firstClass, laterClasses)) {
                NamePlaces places = found.placesOf(lowerCaseHash, text, start, end);
                // places come in text order: once a few are kept, the rest are only counted
                if (places.isFull()) {
                    places.countLater();
                } else {
                    places.add(new Location(file, line, start - lineStart - columnOffset + 1));
                }
            } else if ((firstClass & LOWER) != 0) {
                lower.add(lowerCaseHash);
            }
        }
    }

    /**
     * The spellings of one text while it is read, found by a hash of their characters in lower case:
     * a name met before costs no new string.
     */
    private static final class Spellings {
        private long[] hashes = new long[1024];
        private int[] entries = new int[1024];
        private final List<String> spellings = new ArrayList<>();
        private final List<NamePlaces> places = new ArrayList<>();

        /** @param hash the word's {@link NameIndex#lowerCaseHash}: spellings that differ in case only share it */
        NamePlaces placesOf(long hash, String text, int start, int end) {
            int mask = hashes.length - 1;
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (entries[slot] != 0) {
                int entry = entries[slot] - 1;
                if (hashes[slot] == hash && sameText(spellings.get(entry), text, start, end)) {
                    return places.get(entry);
                }
                slot = (slot + 1) & mask;
            }
            NamePlaces added = new NamePlaces();
            spellings.add(text.substring(start, end));
            places.add(added);
            hashes[slot] = hash;
            entries[slot] = places.size();
            if (2 * places.size() > hashes.length) {
                grow();
            }
            return added;
        }

        private static boolean sameText(String spelling, String text, int start, int end) {
            if (spelling.length() != end - start) {
                return false;
            }
            for (int i = 0; i < spelling.length(); i++) {
                if (spelling.charAt(i) != text.charAt(start + i)) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            long[] oldHashes = hashes;
            int[] oldEntries = entries;
            hashes = new long[oldHashes.length * 2];
            entries = new int[oldEntries.length * 2];
            int mask = hashes.length - 1;
            for (int old = 0; old < oldEntries.length; old++) {
                if (oldEntries[old] != 0) {
                    long hash = oldHashes[old];
                    int slot = (int) (hash ^ (hash >>> 32)) & mask;
                    while (entries[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    hashes[slot] = hash;
                    entries[slot] = oldEntries[old];
                }
            }
        }

        Map<String, NamePlaces> toMap() {
            Map<String, NamePlaces> map = new HashMap<>(2 * spellings.size());
            for (int i = 0; i < spellings.size(); i++) {
                map.put(spellings.get(i), places.get(i));
            }
            return map;
        }
    }

    /**
     * The names of one source: each spelling with its places, and the words it writes in lower case.
     *
     * @param names     the capitalized words by spelling
     * @param lowercase hashes of the words written in lower case
     */
    public record SourceNames(Map<String, NamePlaces> names, LongSet lowercase) {}

    /**
     * Adds the names of a quote, all placed at the quote's location in its claims file. A word at
     * either end of the quote is left out: the quote may cut it ("Armeni" of "Armenia"), and its
     * source spells it whole anyway.
     *
     * @param quote    the quote
     * @param location where the quote is written
     */
    void addQuote(String quote, Location location) {
        Spellings found = new Spellings();
        LongSet lower = new LongSet(16);
        quoteNames(quote, () -> location, found, lower);
        merge(found.toMap(), lower);
    }

    /**
     * Adds the names of every claim's quote, as {@link #addQuote} does, in parallel: claims are
     * read in chunks, each merged once.
     *
     * @param claims the claims whose quotes to add
     */
    public void addQuotes(List<LocatedClaim> claims) {
        int chunks = (claims.size() + QUOTE_CHUNK - 1) / QUOTE_CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            Spellings found = new Spellings();
            LongSet lower = new LongSet(1024);
            for (LocatedClaim claim :
                    claims.subList(chunk * QUOTE_CHUNK, Math.min(claims.size(), (chunk + 1) * QUOTE_CHUNK))) {
                quoteNames(claim.claim().quote(), () -> claim.locationOf("quote"), found, lower);
            }
            merge(found.toMap(), lower);
        });
    }

    /** @param location where the quote is written, asked only of a quote that names someone */
    private static void quoteNames(String quote, Supplier<Location> location, Spellings found, LongSet lower) {
        Location at = null;
        int length = quote.length();
        int i = 0;
        while (i < length) {
            int firstClass = CLASSES[quote.charAt(i)];
            if ((firstClass & LETTER) == 0) {
                i++;
                continue;
            }
            int start = i;
            int laterClasses = 0;
            long hash = (FNV_OFFSET ^ lowerCase(quote.charAt(i))) * FNV_PRIME;
            for (i++; i < length && (CLASSES[quote.charAt(i)] & LETTER) != 0; i++) {
                laterClasses |= CLASSES[quote.charAt(i)];
                hash = (hash ^ lowerCase(quote.charAt(i))) * FNV_PRIME;
            }
            if (start == 0 || i == length || i - start < MIN_LENGTH) {
                continue;
            }
            if (isName(firstClass, laterClasses)) {
                if (at == null) {
                    at = location.get();
                }
                found.placesOf(hash, quote, start, i).add(at);
            } else if ((firstClass & LOWER) != 0) {
                lower.add(hash);
            }
        }
    }

    /** @return every name spelling with its places */
    synchronized Map<String, NamePlaces> names() {
        return Map.copyOf(names);
    }

    /**
     * @param name a capitalized word
     * @return true if the word also occurs in lower case, as common words do
     */
    synchronized boolean occursInLowerCase(String name) {
        return lowercase.contains(lowerCaseHash(name, 0, name.length()));
    }

    private synchronized void merge(Map<String, NamePlaces> found, LongSet lower) {
        found.forEach((word, places) ->
                names.computeIfAbsent(word, w -> new NamePlaces()).addAll(places));
        lowercase.addAll(lower);
    }

    private static int lowerCase(char c) {
        return c < 128 ? c | 0x20 : Character.toLowerCase(c);
    }

    /**
     * A capitalized word, not an acronym or a shouted heading: "Kopyrkin", not "CREDIT".
     *
     * @param firstClass   the {@link #CLASSES} bits of its first letter
     * @param laterClasses those of its other letters, or-ed together
     */
    private static boolean isName(int firstClass, int laterClasses) {
        return (firstClass & UPPER) != 0 && (laterClasses & LOWER) != 0;
    }

    /** A 64-bit hash of a word in lower case, computed without making a string of it; the word is all letters. */
    private static long lowerCaseHash(String text, int start, int end) {
        long hash = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            hash = (hash ^ lowerCase(text.charAt(i))) * FNV_PRIME;
        }
        return hash;
    }
}
