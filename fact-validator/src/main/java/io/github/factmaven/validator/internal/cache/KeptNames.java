package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.validator.internal.names.NameContribution;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.names.NamePlaces;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ObjIntConsumer;

/**
 * A text's names as the cache and the segments keep them: their digest, read with the file, and the
 * names themselves, read from their bytes only when a check looks for spelling variants, and then
 * pass by pass (see {@link NameContribution}). A check whose names are
 * all as they were (a claims file saved again, a statement reworded) then reads none of the
 * hundreds of thousands of names of a large dataset; kept again, the bytes are written back as
 * they were read.
 */
public final class KeptNames implements NameContribution {

    private long digest;
    private boolean digested;
    private final String file;
    private final byte[] bytes;
    /** The names found by this check, which has them as objects; null for names read as bytes. */
    private final NameIndex.SourceNames names;

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
    @Override
    public synchronized long digest() {
        if (!digested) {
            digest = names.digest();
            digested = true;
        }
        return digest;
    }

    /** Names read from their bytes are read pass by pass: the variants need few of their places. */
    @Override
    public void spellings(ObjIntConsumer<String> counted) {
        read(names -> names.spellings(counted), bytes -> NamesFormat.spellings(bytes, counted));
    }

    @Override
    public void lowerCaseWords(LongConsumer word) {
        read(names -> names.lowerCaseWords(word), bytes -> NamesFormat.lowerCaseWords(bytes, word));
    }

    @Override
    public void places(Set<String> spellings, BiConsumer<String, NamePlaces> placed) {
        read(names -> names.places(spellings, placed), bytes -> NamesFormat.places(bytes, file, spellings, placed));
    }

    /** A pass over the names: over their bytes, if they were read as bytes; over the names found, if not. */
    private void read(Consumer<NameIndex.SourceNames> found, BytesPass kept) {
        if (names != null) {
            found.accept(names);
            return;
        }
        try {
            kept.read(bytes);
        } catch (IOException e) {
            // the bytes were checked when their file was read (NamesFormat.check): a failure here is a bug
            throw new UncheckedIOException("names kept for " + file + " cannot be read back", e);
        }
    }

    @FunctionalInterface
    private interface BytesPass {
        void read(byte[] bytes) throws IOException;
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
        NamesFormat.check(bytes);
        return new KeptNames(digest, true, file, bytes, null);
    }
}
