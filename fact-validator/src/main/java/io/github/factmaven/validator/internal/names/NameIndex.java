package io.github.factmaven.validator.internal.names;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.validator.SourceText;
import io.github.factmaven.validator.internal.hash.LongSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final long FNV_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV_PRIME = 0x100000001B3L;

    // what a character is, as bits of CLASSES: one lookup instead of Character.isLetter's several
    private static final int LETTER = 1;
    private static final int UPPER = 2;
    private static final int LOWER = 4;
    private static final int LINE_FEED = 8;
    private static final int CARRIAGE_RETURN = 16;
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER_CASE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = (byte)
                    (Character.isLetter(c)
                            ? LETTER | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                            : 0);
        }
        CLASSES['\n'] = LINE_FEED;
        CLASSES['\r'] = CARRIAGE_RETURN;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LOWER_CASE[c] = c < 128 ? (char) (c | 0x20) : Character.toLowerCase((char) c);
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
        return namesOf(file, SourceText.of(text));
    }

    /**
     * Finds the names of a source's text in one pass over its UTF-8 bytes, without decoding it.
     *
     * @param file the text's file, as messages show it
     * @param text the text
     * @return its names and lower-case words
     */
    public static SourceNames namesOf(String file, SourceText text) {
        return new NameScan(file, text.utf8()).run();
    }

    /** One pass over a source's bytes, which keeps the line it is on for the places of names. */
    private static final class NameScan {
        private final String file;
        private final byte[] utf8;
        private final Spellings found = new Spellings();
        private final LongSet lower = new LongSet(1024);
        private int line = 1;
        /** The code point offset where the line starts. */
        private int lineStart;

        NameScan(String file, byte[] utf8) {
            this.file = file;
            this.utf8 = utf8;
        }

        SourceNames run() {
            int wordStart = -1; // the word's first byte; -1 between words
            int wordOffset = 0; // its code point offset
            int firstClass = 0;
            int laterClasses = 0;
            long hash = 0;
            int offset = 0;
            int length = utf8.length;
            // each character classified by one table lookup and hashed as it is met, not read again;
            // a character outside the Basic Multilingual Plane is never part of a word
            for (int i = 0; i < length; offset++) {
                int at = i;
                int c = utf8[i];
                int type;
                if (c >= 0) {
                    i++;
                    type = CLASSES[c];
                } else {
                    c = SourceText.codePointAt(utf8, at);
                    i += SourceText.width(utf8[at]);
                    type = c <= Character.MAX_VALUE ? CLASSES[c] : 0;
                }
                if ((type & LETTER) != 0) {
                    if (wordStart < 0) {
                        wordStart = at;
                        wordOffset = offset;
                        firstClass = type;
                        laterClasses = 0;
                        hash = FNV_OFFSET;
                    } else {
                        laterClasses |= type;
                    }
                    hash = (hash ^ lowerCase((char) c)) * FNV_PRIME;
                    continue;
                }
                if (wordStart >= 0) {
                    word(wordStart, at, offset - wordOffset, wordOffset, firstClass, laterClasses, hash);
                    wordStart = -1;
                }
                if (type == LINE_FEED || type == CARRIAGE_RETURN) {
                    // the LF of a CRLF ends the line its CR ended
                    line += c == '\n' && at > 0 && utf8[at - 1] == '\r' ? 0 : 1;
                    lineStart = offset + 1;
                }
            }
            if (wordStart >= 0) {
                word(wordStart, length, offset - wordOffset, wordOffset, firstClass, laterClasses, hash);
            }
            return new SourceNames(found.toMap(), lower);
        }

        /**
         * Keeps a word: a name with its place, a lower-case word by its hash, a short word not at all.
         *
         * @param start      its first byte
         * @param end        the byte after it
         * @param characters its length in code points
         * @param offset     the code point offset of its first letter
         */
        private void word(
                int start, int end, int characters, int offset, int firstClass, int laterClasses, long lowerCaseHash) {
            if (characters < MIN_LENGTH) {
                return;
            }
            if (isName(firstClass, laterClasses)) {
                NamePlaces places = found.placesOf(lowerCaseHash, utf8, start, end);
                // places come in text order: once a few are kept, the rest are only counted
                if (places.isFull()) {
                    places.countLater();
                } else {
                    places.add(new Location(file, line, offset - lineStart + 1));
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
        /** Each spelling's UTF-8 bytes, where it was found in bytes; null where it was found in a string. */
        private final List<byte[]> encoded = new ArrayList<>();

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
            return add(slot, hash, text.substring(start, end), null);
        }

        /** @param hash the word's {@link NameIndex#lowerCaseHash}, of its UTF-8 bytes from start to end */
        NamePlaces placesOf(long hash, byte[] utf8, int start, int end) {
            int mask = hashes.length - 1;
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (entries[slot] != 0) {
                int entry = entries[slot] - 1;
                byte[] spelling = encoded.get(entry);
                if (hashes[slot] == hash && Arrays.equals(spelling, 0, spelling.length, utf8, start, end)) {
                    return places.get(entry);
                }
                slot = (slot + 1) & mask;
            }
            byte[] spelling = Arrays.copyOfRange(utf8, start, end);
            return add(slot, hash, new String(spelling, StandardCharsets.UTF_8), spelling);
        }

        private NamePlaces add(int slot, long hash, String spelling, byte[] bytes) {
            NamePlaces added = new NamePlaces();
            spellings.add(spelling);
            encoded.add(bytes);
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
        quoteNames(quote, () -> location, found, lower, new char[quote.length()]);
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
            char[] chars = new char[256];
            for (LocatedClaim claim :
                    claims.subList(chunk * QUOTE_CHUNK, Math.min(claims.size(), (chunk + 1) * QUOTE_CHUNK))) {
                chars = quoteNames(claim.claim().quote(), () -> claim.locationOf("quote"), found, lower, chars);
            }
            merge(found.toMap(), lower);
        });
    }

    /**
     * @param location where the quote is written, asked only of a quote that names someone
     * @param chars    room for the quote's characters, read once from a copy rather than through
     *                 {@code charAt}, which checks the string's coder and bounds each time; a larger
     *                 one is returned if the quote needs it
     */
    private static char[] quoteNames(
            String quote, Supplier<Location> location, Spellings found, LongSet lower, char[] chars) {
        int length = quote.length();
        char[] room = chars.length >= length ? chars : new char[Math.max(length, chars.length * 2)];
        quote.getChars(0, length, room, 0);
        Location at = null;
        int i = 0;
        while (i < length) {
            int firstClass = CLASSES[room[i]];
            if ((firstClass & LETTER) == 0) {
                i++;
                continue;
            }
            int start = i;
            int laterClasses = 0;
            long hash = (FNV_OFFSET ^ lowerCase(room[i])) * FNV_PRIME;
            for (i++; i < length; i++) {
                int type = CLASSES[room[i]];
                if ((type & LETTER) == 0) {
                    break;
                }
                laterClasses |= type;
                hash = (hash ^ lowerCase(room[i])) * FNV_PRIME;
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
        return room;
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

    /** A letter in lower case, by one lookup: asked of every letter of every source. */
    private static int lowerCase(char c) {
        return LOWER_CASE[c];
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
