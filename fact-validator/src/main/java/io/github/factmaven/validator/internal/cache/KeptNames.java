package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.validator.internal.names.NameIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A text's names as the cache and the segments keep them: their digest, read with the file, and the
 * names themselves, read from their bytes only when a check merges them. A check whose names are
 * all as they were (a claims file saved again, a statement reworded) then reads none of the
 * hundreds of thousands of names of a large dataset; kept again, the bytes are written back as
 * they were read.
 */
public final class KeptNames {

    private long digest;
    private boolean digested;
    private final String file;
    private final byte[] bytes;
    private NameIndex.SourceNames names;

    private KeptNames(long digest, boolean digested, String file, byte[] bytes, NameIndex.SourceNames names) {
        this.digest = digest;
        this.digested = digested;
        this.file = file;
        this.bytes = bytes;
        this.names = names;
    }

    /**
     * @param names names just found
     * @return them, to keep
     */
    public static KeptNames of(NameIndex.SourceNames names) {
        return new KeptNames(0, false, "", null, names);
    }

    /** @return the names' {@linkplain NameIndex.SourceNames#digest() digest}, taken once */
    public synchronized long digest() {
        if (!digested) {
            digest = names.digest();
            digested = true;
        }
        return digest;
    }

    /**
     * @return the names, read from their bytes the first time; the bytes passed their file's
     *     checksum when it was read, so a failure here is a bug, not a damaged file
     */
    public synchronized NameIndex.SourceNames names() {
        if (names == null) {
            try {
                names = NamesFormat.read(new DataInputStream(new ByteArrayInputStream(bytes)), file, bytes.length);
            } catch (IOException e) {
                throw new UncheckedIOException("names kept for " + file + " cannot be read back", e);
            }
        }
        return names;
    }

    /** Writes the digest and the names' bytes, as {@link #read} reads them. */
    synchronized void write(DataOutputStream out) throws IOException {
        long digest = digest();
        // names found by this check are written out, not kept twice in memory
        byte[] written = bytes;
        if (written == null) {
            ByteArrayOutputStream serialized = new ByteArrayOutputStream(256);
            NamesFormat.write(new DataOutputStream(serialized), names);
            written = serialized.toByteArray();
        }
        out.writeLong(digest);
        out.writeInt(written.length);
        out.write(written);
    }

    /**
     * @param file  the file the names' places are in
     * @param bound no length read may be larger: the size of what is read, so that a damaged length
     *              cannot ask for gigabytes
     */
    static KeptNames read(DataInputStream in, String file, long bound) throws IOException {
        long digest = in.readLong();
        int length = in.readInt();
        if (length < 0 || length > bound) {
            throw new IOException("names of " + length + " bytes in a file of " + bound + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new KeptNames(digest, true, file, bytes, null);
    }
}
