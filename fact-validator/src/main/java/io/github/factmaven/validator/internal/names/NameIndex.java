package io.github.factmaven.validator.internal.names;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.validator.internal.hash.LongSet;
import io.github.factmaven.validator.internal.text.SourceText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.ObjIntConsumer;
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

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // what a character is, as bits of CLASSES: one lookup instead of Character.isLetter's several
    private static final int LETTER = 1;
    private static final int UPPER = 2;
    private static final int LOWER = 4;
    /** Set for every character looked up: the table is filled as characters are met. */
    private static final int KNOWN = 8;
    /**
     * The classes of each character of the Basic Multilingual Plane met so far; 0 for one not met.
     * Filled as texts need it rather than whole at once, which took some 25 ms at the start of every
     * build: a dataset's texts use a few scripts of it. Threads that meet a character at once both
     * write the same value.
     */
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

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
        return new NameScan(file, text).run();
    }

    /**
     * One pass over a source's bytes, eight at a time: a stretch of ASCII letters and non-ASCII bytes
     * (where any word must be) is found by bit arithmetic on the eight bytes, not by a test per byte,
     * and only a stretch with non-ASCII bytes is read character by character. Places are found for
     * the names kept, in text order, from the one before.
     */
    private static final class NameScan {
        private final String file;
        private final byte[] utf8;
        private final SourceText.ForwardLineColumns places;
        private final Spellings found;
        private final LongSet lower;
        private final LowerCaseHasher hasher = new LowerCaseHasher();

        NameScan(String file, SourceText text) {
            this.file = file;
            this.utf8 = text.utf8();
            this.places = text.forwardLineColumns();
            // sized for the text: a news article of a few kilobytes has a few hundred words, and
            // tables for thousands, zeroed for each of a million articles, cost more than its scan
            int words = Integer.highestOneBit(Math.max(64, Math.min(1024, utf8.length / 8)));
            this.found = new Spellings(words);
            this.lower = new LongSet(words);
        }

        SourceNames run() {
            int length = utf8.length;
            int stretch = -1; // the first byte of the stretch the scan is in; -1 between stretches
            int i = 0;
            for (; i <= length - Long.BYTES; i += Long.BYTES) {
                long inWords = wordBytes((long) LONGS.get(utf8, i));
                if (inWords == (stretch < 0 ? 0 : HIGH_BITS)) {
                    continue; // no stretch starts or ends in these eight bytes: most of the text
                }
                long outOfWords = ~inWords & HIGH_BITS;
                int from = 0; // the bit where the search for the next start or end begins
                while (from < Long.SIZE) {
                    long next = (stretch < 0 ? inWords : outOfWords) & (-1L << from);
                    if (next == 0) {
                        break;
                    }
                    int bit = Long.numberOfTrailingZeros(next);
                    int at = i + (bit >>> 3);
                    if (stretch < 0) {
                        stretch = at;
                    } else {
                        stretch(stretch, at);
                        stretch = -1;
                    }
                    from = bit + 1;
                }
            }
            for (; i < length; i++) {
                boolean inWord = utf8[i] < 0 || isAsciiLetter(utf8[i]);
                if (inWord && stretch < 0) {
                    stretch = i;
                } else if (!inWord && stretch >= 0) {
                    stretch(stretch, i);
                    stretch = -1;
                }
            }
            if (stretch >= 0) {
                stretch(stretch, length);
            }
            return new SourceNames(found.toMap(), lower);
        }

        /** The words of a stretch of ASCII letters and non-ASCII bytes: one word, unless a byte is not ASCII. */
        private void stretch(int start, int end) {
            int length = end - start;
            if (length < MIN_LENGTH) {
                return; // no word of it is long enough: most words of a text
            }
            if (length <= Long.BYTES && start <= utf8.length - Long.BYTES) {
                // most words are ASCII and fit in eight bytes: read, classified and hashed at once
                long word = (long) LONGS.get(utf8, start) & -1L >>> (Long.SIZE - Byte.SIZE * length);
                if ((word & HIGH_BITS) == 0) {
                    asciiWord(start, end, word);
                    return;
                }
            }
            // a character outside the Basic Multilingual Plane is never part of a word
            int wordStart = -1;
            int characters = 0;
            int firstClass = 0;
            int laterClasses = 0;
            for (int i = start; i < end; ) {
                int c = SourceText.codePointAt(utf8, i);
                int width = SourceText.width(utf8[i]);
                int type = c <= Character.MAX_VALUE ? classes(c) : 0;
                if ((type & LETTER) != 0) {
                    if (wordStart < 0) {
                        wordStart = i;
                        characters = 0;
                        firstClass = type;
                        laterClasses = 0;
                    } else {
                        laterClasses |= type;
                    }
                    characters++;
                } else if (wordStart >= 0) {
                    word(wordStart, i, characters, firstClass, laterClasses);
                    wordStart = -1;
                }
                i += width;
            }
            if (wordStart >= 0) {
                word(wordStart, end, characters, firstClass, laterClasses);
            }
        }

        /** Keeps an ASCII word of four to eight letters, given as its bytes, little-endian. */
        private void asciiWord(int start, int end, long word) {
            int length = end - start;
            long letters = -1L >>> (Long.SIZE - Byte.SIZE * length);
            long folded = word | 0x2020202020202020L & letters;
            long hash = LowerCaseHasher.ofShort(folded, length);
            if ((word & 0x20) != 0) {
                lower.add(hash);
            } else if ((word >>> Byte.SIZE & 0x2020202020202020L) != 0) {
                keepName(hash, start, end);
            }
        }

        private void keepName(long hash, int start, int end) {
            NamePlaces places = found.placesOf(hash, utf8, start, end);
            // places come in text order: once a few are kept, the rest are only counted
            if (places.isFull()) {
                places.countLater();
            } else {
                SourceText.LineColumn at = this.places.at(start);
                places.add(new Location(file, at.line(), at.column()));
            }
        }

        /**
         * Keeps a word: a name with its place, a lower-case word by its hash, a short word not at all.
         *
         * @param start      its first byte
         * @param end        the byte after it
         * @param characters its length in code points
         */
        private void word(int start, int end, int characters, int firstClass, int laterClasses) {
            if (characters < MIN_LENGTH) {
                return;
            }
            boolean name = isName(firstClass, laterClasses);
            if (!name && (firstClass & LOWER) == 0) {
                return;
            }
            long hash = hasher.of(utf8, start, end);
            if (name) {
                keepName(hash, start, end);
            } else {
                lower.add(hash);
            }
        }
    }

    /**
     * The spellings of one text while it is read, found by a hash of their characters in lower case:
     * a name met before costs no new string.
     */
    private static final class Spellings {
        private long[] hashes;
        private int[] entries;
        private final List<String> spellings = new ArrayList<>();
        /** Each spelling's UTF-8 bytes, where it was found in bytes; null where it was found in a string. */
        private final List<byte[]> encoded = new ArrayList<>();

        private final List<NamePlaces> places = new ArrayList<>();

        Spellings() {
            this(1024);
        }

        /** @param capacity a power of two */
        Spellings(int capacity) {
            hashes = new long[capacity];
            entries = new int[capacity];
        }

        /** @param hash the word's {@link LowerCaseHasher}: spellings that differ in case only share it */
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

        /** @param hash the word's {@link LowerCaseHasher}, of its UTF-8 bytes from start to end */
        NamePlaces placesOf(long hash, byte[] utf8, int start, int end) {
            int mask = hashes.length - 1;
            int slot = (int) (hash ^ (hash >>> 32)) & mask;
            while (entries[slot] != 0) {
                int entry = entries[slot] - 1;
                if (hashes[slot] == hash && sameBytes(encoded.get(entry), utf8, start, end)) {
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

        /**
         * Spellings of one hash differ only in letter case ("McDonald", "Mcdonald"), and so rarely
         * that a loop that stops at the first difference is compiled to leave the compiled scan when
         * they do, and the scan is compiled again; every byte is compared instead.
         */
        private static boolean sameBytes(byte[] spelling, byte[] utf8, int start, int end) {
            int length = Math.min(spelling.length, end - start);
            int differences = spelling.length ^ (end - start);
            for (int i = 0; i < length; i++) {
                differences |= spelling[i] ^ utf8[start + i];
            }
            return differences == 0;
        }

        private static boolean sameText(String spelling, String text, int start, int end) {
            return spelling.length() == end - start && text.regionMatches(start, spelling, 0, spelling.length());
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
     * The names of one text and its words in lower case.
     *
     * @param names     each name spelling with its places in the text
     * @param lowercase the hashes of its words in lower case ({@link #lowerCaseHash})
     */
    public record SourceNames(Map<String, NamePlaces> names, LongSet lowercase) implements NameContribution {

        @Override
        public void spellings(ObjIntConsumer<String> counted) {
            names.forEach((spelling, places) -> counted.accept(spelling, places.count()));
        }

        @Override
        public void lowerCaseWords(LongConsumer word) {
            for (long hash : lowercase.values()) {
                word.accept(hash);
            }
        }

        @Override
        public void places(Set<String> spellings, BiConsumer<String, NamePlaces> placed) {
            for (String spelling : spellings) {
                NamePlaces places = names.get(spelling);
                if (places != null) {
                    placed.accept(spelling, places);
                }
            }
        }

        /**
         * A 64-bit digest of everything the spelling variants take from these names: each spelling,
         * its count and its places (with their file), and every lower-case word. Equal names have
         * equal digests however they were found or read back, so a check can tell that a dataset's
         * names are the last check's without merging them.
         *
         * @return the digest
         */
        @Override
        public long digest() {
            long spellings = 0;
            for (Map.Entry<String, NamePlaces> name : names.entrySet()) {
                long hash = Digests.text(Digests.START, name.getKey());
                NamePlaces places = name.getValue();
                hash = Digests.mix(hash, places.count());
                for (Location place : places.first()) {
                    hash = Digests.mix(Digests.mix(Digests.text(hash, place.file()), place.line()), place.column());
                }
                spellings += Digests.finish(hash);
            }
            long words = 0;
            for (long word : lowercase.values()) {
                words += Digests.finish(word ^ 0x5DEECE66DL);
            }
            return Digests.finish(Digests.finish(spellings) * 31 + words);
        }
    }

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
        quoteNames(quote, () -> location, found, lower, new char[quote.length()], new LowerCaseHasher());
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
        // a source's few claims, as one task of a cluster checks them, are not worth the threads
        IntStream chunked = IntStream.range(0, chunks);
        // a quote names a few people: tables for as many words as a chunk has quotes, times four
        int words = Integer.highestOneBit(Math.max(16, Math.min(1024, 4 * claims.size())));
        (chunks > 1 ? chunked.parallel() : chunked).forEach(chunk -> {
            Spellings found = new Spellings(words);
            LongSet lower = new LongSet(words);
            char[] chars = new char[256];
            LowerCaseHasher hasher = new LowerCaseHasher();
            for (LocatedClaim claim :
                    claims.subList(chunk * QUOTE_CHUNK, Math.min(claims.size(), (chunk + 1) * QUOTE_CHUNK))) {
                chars = quoteNames(claim.claim().quote(), () -> claim.locationOf("quote"), found, lower, chars, hasher);
            }
            merge(found.toMap(), lower);
        });
    }

    /**
     * Finds the names of claims' quotes, as {@link #addQuotes} adds them, apart from any index: a
     * claims file's, which an incremental check keeps with the file.
     *
     * @param claims the claims whose quotes to read
     * @return the names of their quotes and their words in lower case
     */
    public static SourceNames namesOfQuotes(List<LocatedClaim> claims) {
        NameIndex quotes = new NameIndex();
        quotes.addQuotes(claims);
        return new SourceNames(Map.copyOf(quotes.names), quotes.lowercase);
    }

    /**
     * Adds the names of quotes found before, by {@link #namesOfQuotes}.
     *
     * @param quotes the names of some claims' quotes
     */
    public void addQuoteNames(SourceNames quotes) {
        merge(quotes.names(), quotes.lowercase());
    }

    /**
     * @param location where the quote is written, asked only of a quote that names someone
     * @param chars    room for the quote's characters, read once from a copy rather than through
     *                 {@code charAt}, which checks the string's coder and bounds each time; a larger
     *                 one is returned if the quote needs it
     */
    private static char[] quoteNames(
            String quote,
            Supplier<Location> location,
            Spellings found,
            LongSet lower,
            char[] chars,
            LowerCaseHasher hasher) {
        int length = quote.length();
        char[] room = chars.length >= length ? chars : new char[Math.max(length, chars.length * 2)];
        quote.getChars(0, length, room, 0);
        Location at = null;
        int i = 0;
        while (i < length) {
            int firstClass = classes(room[i]);
            if ((firstClass & LETTER) == 0) {
                i++;
                continue;
            }
            int start = i;
            int laterClasses = 0;
            for (i++; i < length; i++) {
                int type = classes(room[i]);
                if ((type & LETTER) == 0) {
                    break;
                }
                laterClasses |= type;
            }
            if (start == 0 || i == length || i - start < MIN_LENGTH) {
                continue;
            }
            if (isName(firstClass, laterClasses)) {
                if (at == null) {
                    at = location.get();
                }
                found.placesOf(hasher.of(quote, start, i), quote, start, i).add(at);
            } else if ((firstClass & LOWER) != 0) {
                lower.add(hasher.of(quote, start, i));
            }
        }
        return room;
    }

    /**
     * @param word a word
     * @return the hash its lower-case form has in {@link SourceNames#lowercase()}
     */
    public static long lowerCaseHash(String word) {
        return new LowerCaseHasher().of(word, 0, word.length());
    }

    /** @return the hashes of the words written in lower case */
    public synchronized long[] lowercase() {
        return lowercase.values();
    }

    /** @return every name spelling with its places */
    public synchronized Map<String, NamePlaces> names() {
        return Map.copyOf(names);
    }

    /**
     * @param name a capitalized word
     * @return true if the word also occurs in lower case, as common words do
     */
    synchronized boolean occursInLowerCase(String name) {
        return lowercase.contains(lowerCaseHash(name));
    }

    private synchronized void merge(Map<String, NamePlaces> found, LongSet lower) {
        found.forEach((word, places) ->
                names.computeIfAbsent(word, w -> new NamePlaces()).addAll(places));
        lowercase.addAll(lower);
    }

    /** @return the {@link #CLASSES} bits of a character of the Basic Multilingual Plane */
    private static int classes(int c) {
        int known = CLASSES[c];
        if (known == 0) {
            known = KNOWN
                    | (Character.isLetter(c)
                            ? LETTER | (Character.isUpperCase(c) ? UPPER : 0) | (Character.isLowerCase(c) ? LOWER : 0)
                            : 0);
            CLASSES[c] = (byte) known;
        }
        return known;
    }

    /**
     * Marks the bytes that can be part of a word: ASCII letters (by bit arithmetic on all eight at
     * once, without carries between them) and every byte of a non-ASCII character.
     *
     * @param eight eight bytes of the text
     * @return their top bits where they can be part of a word
     */
    private static long wordBytes(long eight) {
        long folded = (eight | 0x2020202020202020L) & 0x7F7F7F7F7F7F7F7FL; // ASCII letters now lower case
        long atLeastA = (folded + 0x1F1F1F1F1F1F1F1FL) & HIGH_BITS; // 'a' + 0x1F is 0x80
        long pastZ = (folded + 0x0505050505050505L) & HIGH_BITS; // 'z' + 1 + 5 is 0x80
        return atLeastA & ~pastZ | eight & HIGH_BITS;
    }

    private static boolean isAsciiLetter(byte b) {
        int folded = b | 0x20;
        return folded >= 'a' && folded <= 'z';
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
}
