package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.names.NamePlaces;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.ObjIntConsumer;

/**
 * Writes the names of a text (a source, or a claims file's quotes) and reads them back. Their places
 * are all in that text's file, so each is written as its line and column only.
 */
final class NamesFormat {

    /** Bytes of a place: its line and column. */
    private static final int PLACE = 2 * Integer.BYTES;

    private NamesFormat() {}

    static void write(DataOutputStream out, NameIndex.SourceNames found) throws IOException {
        out.writeInt(found.names().size());
        for (Map.Entry<String, NamePlaces> name : found.names().entrySet()) {
            out.writeUTF(name.getKey());
            out.writeInt(name.getValue().count());
            List<Location> first = name.getValue().first();
            out.writeByte(first.size());
            for (Location place : first) {
                out.writeInt(place.line());
                out.writeInt(place.column());
            }
        }
        long[] lowercase = found.lowercase().values();
        out.writeInt(lowercase.length);
        for (long hash : lowercase) {
            out.writeLong(hash);
        }
    }

    /**
     * Checks that bytes are names as {@link #write} writes them, without reading them into objects:
     * every count within the bytes, every spelling modified UTF-8, every spelling with a place or more
     * and no more places than its count, lines and columns from 1. Names kept in a file are read
     * only when a check needs them, long after the file was loaded: a file whose checksum holds but
     * whose names do not must be refused when it is loaded, not fail the check later.
     *
     * @throws IOException if they are not
     */
    static void check(byte[] bytes) throws IOException {
        // read by hand, not through a ByteBuffer: a cache is loaded once per build, by code the JIT
        // has not compiled yet, where each call of a buffer's getInt costs a dozen interpreted frames
        int end = bytes.length;
        int at = Integer.BYTES;
        int names = intAt(bytes, 0);
        if (names < 0 || names > end - at) {
            throw new IOException("a count of " + names + " names in " + bytes.length + " bytes");
        }
        for (int i = 0; i < names; i++) {
            if (at > end - 2) {
                throw new IOException("names cut short");
            }
            int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
            checkModifiedUtf8(bytes, at + 2, length);
            at += 2 + length;
            int count = intAt(bytes, at);
            int kept = at + Integer.BYTES < end ? bytes[at + Integer.BYTES] : 0;
            at += Integer.BYTES + 1;
            if (kept < 1 || kept > count) {
                throw new IOException(kept + " places kept of a name written " + count + " times");
            }
            for (int k = 0; k < kept; k++, at += PLACE) {
                if (intAt(bytes, at) < 1 || intAt(bytes, at + Integer.BYTES) < 1) {
                    throw new IOException("a place before line 1, column 1");
                }
            }
        }
        int words = intAt(bytes, at);
        at += Integer.BYTES;
        if (words < 0 || (long) words * Long.BYTES != end - at) {
            throw new IOException("a count of " + words + " words in " + (end - at) + " bytes");
        }
    }

    /** @return the big-endian int at a place of the bytes, as {@link DataInputStream#readInt} reads it */
    private static int intAt(byte[] bytes, int at) throws IOException {
        if (at < 0 || at > bytes.length - Integer.BYTES) {
            throw new IOException("names cut short");
        }
        return (bytes[at] << 24)
                | ((bytes[at + 1] & 0xFF) << 16)
                | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    /** As {@link DataInputStream#readUTF} decodes it: one to three bytes per char, each a char's whole. */
    private static void checkModifiedUtf8(byte[] bytes, int from, int length) throws IOException {
        int end = from + length;
        if (end > bytes.length) {
            throw new IOException("a spelling past the end of the names");
        }
        for (int i = from; i < end; ) {
            int c = bytes[i] & 0xFF;
            int width = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 0;
            if (width == 0 || i + width > end) {
                throw new IOException("a spelling that is not modified UTF-8");
            }
            for (int k = 1; k < width; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    throw new IOException("a spelling that is not modified UTF-8");
                }
            }
            i += width;
        }
    }

    /** Each spelling of names {@link #write} wrote, with its count; their places are passed over. */
    static void spellings(byte[] bytes, ObjIntConsumer<String> counted) throws IOException {
        DataInputStream in = in(bytes);
        for (int i = count(in, bytes.length); i > 0; i--) {
            String spelling = in.readUTF();
            int count = in.readInt();
            in.skipNBytes(PLACE * in.readByte());
            counted.accept(spelling, count);
        }
    }

    /** The hash of each word in lower case of names {@link #write} wrote; the names are passed over. */
    static void lowerCaseWords(byte[] bytes, LongConsumer word) throws IOException {
        DataInputStream in = in(bytes);
        for (int i = count(in, bytes.length); i > 0; i--) {
            in.skipNBytes(in.readUnsignedShort() + Integer.BYTES);
            in.skipNBytes(PLACE * in.readByte());
        }
        ByteBuffer words = ByteBuffer.wrap(bytes, bytes.length - in.available(), in.available());
        int count = words.getInt();
        if (count < 0 || count > words.remaining() / Long.BYTES) {
            throw new IOException("a count of " + count + " words in " + words.remaining() + " bytes");
        }
        for (int i = 0; i < count; i++) {
            word.accept(words.getLong());
        }
    }

    /** The places of some spellings of names {@link #write} wrote, all in one file. */
    static void places(byte[] bytes, String file, Set<String> spellings, BiConsumer<String, NamePlaces> placed)
            throws IOException {
        // the few spellings asked for are told apart from the rest by their length first, so that most
        // spellings are passed over without being decoded
        BitSet lengths = new BitSet();
        spellings.forEach(spelling -> lengths.set(modifiedUtf8Length(spelling)));
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            for (int i = in.getInt(); i > 0; i--) {
                int length = in.getShort() & 0xFFFF;
                int at = in.position();
                in.position(at + length);
                int count = in.getInt();
                int kept = in.get();
                String spelling = lengths.get(length) ? spelling(bytes, at - Short.BYTES, length) : null;
                if (spelling == null || !spellings.contains(spelling)) {
                    in.position(in.position() + PLACE * kept);
                    continue;
                }
                List<Location> first = new ArrayList<>(kept);
                for (int k = kept; k > 0; k--) {
                    first.add(new Location(file, in.getInt(), in.getInt()));
                }
                placed.accept(spelling, new NamePlaces(count, first));
            }
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new IOException("names cut short", e);
        }
    }

    /** The spelling whose length, then modified UTF-8 bytes, start at {@code from}. */
    private static String spelling(byte[] bytes, int from, int length) throws IOException {
        return new DataInputStream(new ByteArrayInputStream(bytes, from, Short.BYTES + length)).readUTF();
    }

    /** @return the bytes {@link DataOutputStream#writeUTF} writes of a string, after their length */
    private static int modifiedUtf8Length(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return length;
    }

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    private static int count(DataInputStream in, long bound) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > bound) {
            throw new IOException("a count of " + count + " in a file of " + bound + " bytes");
        }
        return count;
    }
}
