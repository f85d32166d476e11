package io.github.factmaven.spark.internal;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.CheckInParts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
     * @return them as bytes, as {@link #rows} reads them
     */
    public static byte[] of(List<CheckInParts.Name> names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * names.size() + 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(names.size());
            for (CheckInParts.Name name : names) {
                text(out, name.spelling());
                out.writeInt(name.count());
                out.writeInt(name.first().size());
                for (Location at : name.first()) {
                    text(out, at.file());
                    out.writeInt(at.line());
                    out.writeInt(at.column());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a stream in memory does not fail
        }
        return bytes.toByteArray();
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

    /** Reads each name, with its places only where they are wanted. */
    private static void read(byte[] packed, Predicate<String> withPlaces, NameVisitor visitor) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String spelling = text(in);
                int times = in.readInt();
                int places = in.readInt();
                List<Location> first = withPlaces.test(spelling) ? new ArrayList<>(places) : null;
                for (int k = 0; k < places; k++) {
                    Location at = new Location(text(in), in.readInt(), in.readInt());
                    if (first != null) {
                        first.add(at);
                    }
                }
                visitor.name(spelling, times, first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // packed by this class, in the same job
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

    /** Any text, whatever its length: {@link DataOutputStream#writeUTF} takes 65,535 bytes at most. */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
