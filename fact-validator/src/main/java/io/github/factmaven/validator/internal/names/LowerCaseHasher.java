package io.github.factmaven.validator.internal.names;

import io.github.factmaven.validator.internal.text.SourceText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A 64-bit hash of a word in lower case, taken of its lower-case UTF-8 bytes eight at a time: a
 * word read from a source's bytes and the same word read from a string hash alike, and neither is
 * made a string. The words are letters of the Basic Multilingual Plane. Not thread-safe: each scan
 * has its own.
 */
final class LowerCaseHasher {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /**
     * The lower case of each character met so far (an ASCII letter's is the byte with 0x20 set); 0
     * for one not met, as no character's is. Filled as words need it, not at the start of every
     * build; threads that meet a character at once both write the same value.
     */
    private static final char[] LOWER_CASE = new char[Character.MAX_VALUE + 1];

    /** The word's lower-case UTF-8 bytes. */
    private byte[] lower = new byte[64];

    /**
     * @param utf8  UTF-8 bytes
     * @param start the word's first byte
     * @param end   the byte after it
     * @return the hash of the word in lower case
     */
    long of(byte[] utf8, int start, int end) {
        if (isAscii(utf8, start, end)) {
            return ofAscii(utf8, start, end - start);
        }
        // a character of one to three bytes has a lower case of one to three bytes
        room(3 * (end - start));
        int length = 0;
        for (int i = start; i < end; ) {
            int c = utf8[i];
            if (c >= 0) {
                lower[length++] = (byte) lowerCase(c);
                i++;
            } else {
                length = encode(lowerCase(SourceText.codePointAt(utf8, i)), length);
                i += SourceText.width(utf8[i]);
            }
        }
        return hash(length);
    }

    private static boolean isAscii(byte[] utf8, int start, int end) {
        int blocks = (end - start) / Long.BYTES;
        for (int block = 0; block < blocks; block++) {
            if (((long) LONGS.get(utf8, start + block * Long.BYTES) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (int i = start + blocks * Long.BYTES; i < end; i++) {
            if (utf8[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hash of an ASCII word, as {@link #hash} gives it, taken from where it stands: an ASCII
     * letter's lower case is its byte with 0x20 set, so no copy is made of the longer English words.
     */
    private static long ofAscii(byte[] utf8, int start, int length) {
        long hash = length;
        int blocks = blocksBeforeTail(length);
        for (int block = 0; block < blocks; block++) {
            hash = mix(hash ^ ((long) LONGS.get(utf8, start + block * Long.BYTES) | 0x2020202020202020L));
        }
        long tail = 0;
        for (int k = blocks * Long.BYTES, shift = 0; k < length; k++, shift += Byte.SIZE) {
            tail |= (long) ((utf8[start + k] | 0x20) & 0xFF) << shift;
        }
        return finish(mix(hash ^ tail));
    }

    /**
     * @param text  a text
     * @param start the word's first char
     * @param end   the char after it
     * @return the hash of the word in lower case, as {@link #of(byte[], int, int)} gives it for its UTF-8
     */
    long of(CharSequence text, int start, int end) {
        room(3 * (end - start));
        int length = 0;
        for (int i = start; i < end; i++) {
            length = encode(lowerCase(text.charAt(i)), length);
        }
        return hash(length);
    }

    private static char lowerCase(int c) {
        char known = LOWER_CASE[c];
        if (known == 0) {
            known = c < 128 ? (char) (c | 0x20) : Character.toLowerCase((char) c);
            LOWER_CASE[c] = known;
        }
        return known;
    }

    private void room(int needed) {
        if (lower.length < needed) {
            lower = Arrays.copyOf(lower, Math.max(needed, 2 * lower.length));
        }
    }

    /** Writes a character of the Basic Multilingual Plane in UTF-8 at a position; returns the position after it. */
    private int encode(char c, int at) {
        if (c < 0x80) {
            lower[at] = (byte) c;
            return at + 1;
        }
        if (c < 0x800) {
            lower[at] = (byte) (0xC0 | c >> 6);
            lower[at + 1] = (byte) (0x80 | c & 0x3F);
            return at + 2;
        }
        lower[at] = (byte) (0xE0 | c >> 12);
        lower[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
        lower[at + 2] = (byte) (0x80 | c & 0x3F);
        return at + 3;
    }

    /**
     * @param folded the UTF-8 bytes of a word of one to eight bytes in lower case, little-endian, zero above them
     * @param length how many bytes the word has
     * @return the word's hash, as {@link #of(byte[], int, int)} gives it
     */
    static long ofShort(long folded, int length) {
        return finish(mix(length ^ folded));
    }

    private long hash(int length) {
        long hash = length;
        int blocks = blocksBeforeTail(length);
        for (int block = 0; block < blocks; block++) {
            hash = mix(hash ^ (long) LONGS.get(lower, block * Long.BYTES));
        }
        long tail = 0;
        for (int k = blocks * Long.BYTES, shift = 0; k < length; k++, shift += Byte.SIZE) {
            tail |= (long) (lower[k] & 0xFF) << shift;
        }
        return finish(mix(hash ^ tail));
    }

    /**
     * The eight-byte blocks of a word hashed before its tail: all but the last one to eight bytes,
     * which are taken as a short word is. Counted rather than stepped eight bytes at a time to a
     * limit, a loop whose limit checks the JIT's compiled code can fail and recompile for.
     */
    private static int blocksBeforeTail(int length) {
        return length > Long.BYTES ? (length - 1) / Long.BYTES : 0;
    }

    private static long mix(long value) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return mixed ^ mixed >>> 29;
    }

    /** MurmurHash3's finalizer: every bit of the input reaches every bit of the hash. */
    private static long finish(long value) {
        long mixed = (value ^ value >>> 33) * 0xFF51AFD7ED558CCDL;
        mixed = (mixed ^ mixed >>> 33) * 0xC4CEB93FE1A85EC3L;
        return mixed ^ mixed >>> 33;
    }
}
