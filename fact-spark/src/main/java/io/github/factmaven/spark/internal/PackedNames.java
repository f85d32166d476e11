package io.github.factmaven.spark.internal;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.CheckInParts;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

/**
 * The names a source spells and its words in lower case, each packed into one value of bytes: a
 * source's step rows then hold two values, not a row per name and an array of boxed numbers, which
 * Spark's row encoder for the steps (a method too large for the JIT to compile) made the longest
 * part of a check.
 */
public final class PackedNames {

    private PackedNames() {}

    /**
     * @param names a source's names, with their counts and first places
     * @return them as bytes, as {@link #rows} reads them: the files their places are in, once each,
     *     then each name's spelling, count and places, a place as its file's number, line and column
     */
    public static byte[] of(List<CheckInParts.Name> names) {
        // a source's names are all in that source: its path is written once, not at every place
        Map<String, Integer> fileNumbers = new LinkedHashMap<>();
        List<byte[]> files = new ArrayList<>();
        List<byte[]> spellings = new ArrayList<>(names.size());
        int size = 2 * Integer.BYTES;
        for (CheckInParts.Name name : names) {
            byte[] spelling = utf8(name.spelling());
            spellings.add(spelling);
            size += 3 * Integer.BYTES
                    + spelling.length
                    + 3 * Integer.BYTES * name.first().size();
            for (Location at : name.first()) {
                if (fileNumbers.putIfAbsent(at.file(), files.size()) == null) {
                    byte[] file = utf8(at.file());
                    files.add(file);
                    size += Integer.BYTES + file.length;
                }
            }
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(files.size());
        files.forEach(file -> out.putInt(file.length).put(file));
        out.putInt(names.size());
        for (int i = 0; i < names.size(); i++) {
            CheckInParts.Name name = names.get(i);
            out.putInt(spellings.get(i).length).put(spellings.get(i));
            out.putInt(name.count()).putInt(name.first().size());
            for (Location at : name.first()) {
                out.putInt(fileNumbers.get(at.file())).putInt(at.line()).putInt(at.column());
            }
        }
        return out.array();
    }

    /**
     * @param packed a source's names, as {@link #of} packed them
     * @return a row of each name's spelling, count and lower-case hash ({@link Schemas#NAME_COUNTS}),
     *     its places left out
     */
    public static Iterator<Row> counts(byte[] packed) {
        List<Row> rows = new ArrayList<>();
        read(
                packed,
                spelling -> false,
                (spelling, times, first) -> rows.add(new GenericRowWithSchema(
                        new Object[] {spelling, times, CheckInParts.lowerCaseHash(spelling)}, Schemas.NAME_COUNTS)));
        return rows.iterator();
    }

    /**
     * @param packed    a source's names, as {@link #of} packed them
     * @param spellings the spellings wanted
     * @return a names row ({@link Schemas#NAMES}) for each of those spellings the source has, with its places
     */
    public static Iterator<Row> rows(byte[] packed, Set<String> spellings) {
        List<Row> rows = new ArrayList<>();
        read(packed, spellings::contains, (spelling, times, first) -> {
            if (first != null) {
                rows.add(Rows.name(new CheckInParts.Name(spelling, times, first)));
            }
        });
        return rows.iterator();
    }

    /** What is read of each name: its places, or none ({@code null}) where they were not wanted. */
    private interface NameVisitor {
        void name(String spelling, int count, List<Location> first);
    }

    /** Reads each name, with its places only where they are wanted (the others are stepped over). */
    private static void read(byte[] packed, Predicate<String> withPlaces, NameVisitor visitor) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        String[] files = new String[in.getInt()];
        for (int f = 0; f < files.length; f++) {
            files[f] = text(in);
        }
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            String spelling = text(in);
            int times = in.getInt();
            int places = in.getInt();
            List<Location> first = null;
            if (withPlaces.test(spelling)) {
                first = new ArrayList<>(places);
                for (int k = 0; k < places; k++) {
                    first.add(new Location(files[in.getInt()], in.getInt(), in.getInt()));
                }
            } else {
                in.position(in.position() + 3 * Integer.BYTES * places);
            }
            visitor.name(spelling, times, first);
        }
    }

    /**
     * @param hashes the hashes of a source's words in lower case
     * @return them as bytes, eight each
     */
    public static byte[] hashes(long[] hashes) {
        ByteBuffer bytes = ByteBuffer.allocate(Long.BYTES * hashes.length);
        bytes.asLongBuffer().put(hashes);
        return bytes.array();
    }

    /**
     * @param packed the hashes, as {@link #hashes(long[])} packed them
     * @return them
     */
    public static long[] hashes(byte[] packed) {
        long[] hashes = new long[packed.length / Long.BYTES];
        ByteBuffer.wrap(packed).asLongBuffer().get(hashes);
        return hashes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text of any length, after its length in bytes. */
    private static String text(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
