package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.internal.RegularFile;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The file the {@link Segments} of the last check are kept in. A check that kept most claims files
 * adds a part at its end with what changed (the dataset's part, the order of the files, and only
 * the segments of the files it checked), instead of writing the segments of every file again: at a
 * million claims those are 40 MB. The file is written whole again when its parts would grow past
 * half of the whole, or when it changed since it was read.
 *
 * <p>Its format and this library's version come first; then the whole and each part, each with
 * its length before it and a CRC-32 of its own after it. Each part names the check it follows. A
 * file cut short, altered, or whose parts do not follow one another is told of and not used; one of
 * another format or version is passed over in silence. Not thread-safe.
 */
public final class SegmentsFile {

    private static final String FORMAT = "fact-maven segments 7";
    private static final byte WHOLE = 'W';
    private static final byte PART = 'A';
    /** It is read whole into memory: a larger one is not kept, and the check does the work instead. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    private final Path file;
    /** What was read, if anything: what a part is written after. */
    private Optional<Read> read = Optional.empty();

    /**
     * @param segments the segments as read
     * @param state    the file's state when it was read
     * @param whole    the size of its format, version and whole, without the parts
     */
    private record Read(Segments segments, InputManifest.FileState state, long whole) {}

    /** @param file where the segments are kept */
    public SegmentsFile(Path file) {
        this.file = file;
    }

    /**
     * Reads the segments the last check kept.
     *
     * @param discarded told why, if the file is there but damaged
     * @return the segments; empty if there are none, or they were written by another version of
     *     fact-maven, or are damaged
     */
    public Optional<Segments> load(Consumer<String> discarded) {
        read = Optional.empty();
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            InputManifest.FileState state = InputManifest.FileState.of(file);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || state.size() > MAX_BYTES) {
                discarded.accept("it is not a file of segments");
                return Optional.empty();
            }
            byte[] bytes = RegularFile.readAllBytes(file);
            ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
            DataInputStream in = new DataInputStream(stream);
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(CheckCache.version())) {
                return Optional.empty(); // another version's: not damaged, just not ours
            }
            Optional<Segments> segments = Optional.empty();
            long whole = 0;
            while (stream.available() > 0) {
                int at = bytes.length - stream.available();
                byte kind = in.readByte();
                if (kind != (segments.isEmpty() ? WHOLE : PART)) {
                    throw new IOException("a part of an unknown kind");
                }
                int length = in.readInt();
                if (length < 0 || length > stream.available() - Long.BYTES) {
                    throw new IOException("a part of " + length + " bytes with " + stream.available() + " left");
                }
                int content = at + 1 + Integer.BYTES;
                CRC32 crc = new CRC32();
                crc.update(bytes, content, length);
                in.skipNBytes(length);
                if (in.readLong() != crc.getValue()) {
                    discarded.accept("it fails its checksum");
                    return Optional.empty();
                }
                DataInputStream part = new DataInputStream(new ByteArrayInputStream(bytes, content, length));
                segments = Optional.of(Segments.read(part, segments));
                if (part.available() != 0) {
                    throw new IOException("a part has bytes past its end");
                }
                if (whole == 0) {
                    whole = bytes.length - stream.available();
                }
            }
            if (segments.isEmpty()) {
                throw new IOException("it holds no segments");
            }
            read = Optional.of(new Read(segments.get(), state, whole));
            return segments;
        } catch (EOFException e) {
            discarded.accept("it ends too early");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            discarded.accept("it cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Keeps segments: as a part after those read, if the file is as it was read and its parts stay
     * smaller than half of its whole; otherwise whole, replacing the file atomically. A part is forced to the
     * disk; one cut short by a crash fails its checksum, and the segments are then not used.
     *
     * @param segments the segments, which hold the very segments read for the claims files kept
     * @throws IOException if the file cannot be written
     */
    public void save(Segments segments) throws IOException {
        if (read.isPresent() && stateNow().equals(Optional.of(read.get().state()))) {
            FileBytes part = new FileBytes(1 << 12);
            framed(PART, segments, Optional.of(read.get().segments()), part);
            long parts = read.get().state().size() - read.get().whole();
            // loading the parts costs at most half of the whole's again; a part of most files is no saving
            if (parts + part.size() <= read.get().whole() / 2) {
                part.appendTo(file);
                read = Optional.empty();
                return;
            }
        }
        read = Optional.empty();
        FileBytes bytes = new FileBytes(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(FORMAT);
        out.writeUTF(CheckCache.version());
        out.flush();
        framed(WHOLE, segments, Optional.empty(), bytes);
        if (bytes.size() > MAX_BYTES) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        bytes.writeTo(file);
    }

    private Optional<InputManifest.FileState> stateNow() {
        try {
            return Optional.of(InputManifest.FileState.of(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Adds the segments as a part of the file: its kind, its length, its content and the content's
     * CRC-32, the content written where it stays.
     */
    private static void framed(byte kind, Segments segments, Optional<Segments> before, FileBytes to)
            throws IOException {
        DataOutputStream out = new DataOutputStream(to);
        out.writeByte(kind);
        int length = to.size();
        out.writeInt(0); // the content's length, set once it is written
        segments.write(out, before);
        out.flush();
        int content = to.size() - length - Integer.BYTES;
        to.setInt(length, content);
        out.writeLong(to.crc32(length + Integer.BYTES, content));
        out.flush();
    }
}
