package io.github.factmaven.model.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.UUID;

/**
 * Replaces a file's content atomically and durably: the new content goes to a temporary file in
 * the same folder, is forced to the disk, and is then renamed over the file, and the folder is
 * forced too; so a crash or a power loss leaves the old file or the new one, never half of each and
 * never neither.
 *
 * <p>The file keeps what is not its content: a symbolic link stays a link and its target is the file
 * written; the permissions stay, and so do owner and group where the process may set them. A
 * temporary file is locked while it is written: one left by a process that was killed is unlocked,
 * and the next write beside it removes it.
 */
public final class AtomicFile {

    private static final String TEMPORARY_SUFFIX = ".fact-tmp";
    private static final int ATTEMPTS = 8;
    private static final byte[] REPLACEMENT_CHARACTER = "\uFFFD".getBytes(StandardCharsets.UTF_8);
    /** Bytes handed to a file channel at a time. */
    private static final int WRITE_SLICE = 1 << 20;

    private AtomicFile() {}

    /**
     * Writes the text of a file as it is produced.
     */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where the text goes, encoded as UTF-8; an unpaired surrogate, which UTF-8
         *            cannot encode, is written as U+FFFD
         * @throws IOException if the text cannot be produced or written
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes the bytes of a file as they are produced.
     */
    @FunctionalInterface
    public interface ByteContent {
        /**
         * @param out where the bytes go
         * @throws IOException if the bytes cannot be produced or written
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes bytes to a file, creating its folder if need be.
     *
     * @param file  the file to create or replace
     * @param bytes its new content
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, bytes.length);
    }

    /**
     * Writes the first bytes of an array to a file, creating its folder if need be.
     *
     * @param file   the file to create or replace
     * @param bytes  holds its new content
     * @param length how many of them it is
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path file, byte[] bytes, int length) throws IOException {
        replace(file, channel -> writeAll(channel, bytes, length));
    }

    /**
     * Writes the first bytes of an array to a channel, all of them, a megabyte at a time: a file
     * channel copies what it is given to a native buffer of that size.
     *
     * @param channel where they go
     * @param bytes   holds them
     * @param length  how many of them to write
     * @throws IOException if they cannot be written
     */
    public static void writeAll(WritableByteChannel channel, byte[] bytes, int length) throws IOException {
        for (int at = 0; at < length; ) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, at, Math.min(WRITE_SLICE, length - at));
            while (buffer.hasRemaining()) {
                at += channel.write(buffer);
            }
        }
    }

    /**
     * Writes text to a file as UTF-8, creating its folder if need be.
     *
     * @param file    the file to create or replace
     * @param content writes the new text
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path file, Content content) throws IOException {
        writeStream(file, bytes -> {
            Writer out = textWriter(bytes);
            content.writeTo(out);
            out.flush();
        });
    }

    /**
     * Writes bytes to a file as they are produced, creating its folder if need be.
     *
     * @param file    the file to create or replace
     * @param content writes the new bytes
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void writeStream(Path file, ByteContent content) throws IOException {
        replace(file, channel -> {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            content.writeTo(out);
            out.flush(); // not closed: the channel is forced and closed by replace()
        });
    }

    /**
     * @param bytes where the text goes
     * @return a buffered writer of text as UTF-8, as {@link #write(Path, Content)} writes it: an
     *     unpaired surrogate, which UTF-8 cannot encode, is written as U+FFFD
     */
    public static Writer textWriter(OutputStream bytes) {
        CharsetEncoder encoder = StandardCharsets.UTF_8
                .newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT_CHARACTER);
        return new BufferedWriter(new OutputStreamWriter(bytes, encoder), 1 << 16);
    }

    @FunctionalInterface
    private interface ChannelWrite {
        void to(FileChannel channel) throws IOException;
    }

    private static void replace(Path file, ChannelWrite write) throws IOException {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            throw new IOException(file + " is a symbolic link to a file that does not exist");
        }
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath(); // through a link
        Path directory = target.getParent();
        Files.createDirectories(directory);
        removeAbandoned(directory, target.getFileName().toString());
        for (int attempt = 1; !attempt(target, write); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IOException("cannot write " + target + ": other writers kept removing its temporary file");
            }
        }
    }

    /**
     * One attempt; false if another writer's clean-up removed the temporary file between its
     * creation and its lock. The lock is held until the file is renamed, so no clean-up can take
     * a temporary file that is still to be renamed.
     */
    private static boolean attempt(Path target, ChannelWrite write) throws IOException {
        Path directory = target.getParent();
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
        try (FileChannel channel =
                        FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock lock = lock(channel)) {
            if (lock == null || !Files.exists(temporary)) {
                return false;
            }
            write.to(channel);
            channel.force(true);
            keepAttributes(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(directory);
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** @return the channel's lock, or null if this process holds it already through another channel */
    private static FileLock lock(FileChannel channel) throws IOException {
        try {
            return channel.lock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Gives the new file the old one's permissions, owner and group, as far as the process may. */
    private static void keepAttributes(Path old, Path replacement) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
        if (view == null || !Files.exists(old)) {
            return;
        }
        PosixFileAttributes before = Files.readAttributes(old, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(before.permissions());
        try {
            view.setGroup(before.group());
            view.setOwner(before.owner());
        } catch (IOException e) {
            // only a privileged process may give a file away; the file is then the writer's, as any
            // file it creates
        }
    }

    /** Makes the rename itself durable; a file system that cannot open folders has nothing to force. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel, and renames there are journaled anyway
        }
    }

    /** Removes the temporary files of this file that no live process is writing (their lock is free). */
    private static void removeAbandoned(Path directory, String name) {
        try (DirectoryStream<Path> temporaries =
                Files.newDirectoryStream(directory, "." + globEscaped(name) + ".*" + TEMPORARY_SUFFIX)) {
            for (Path temporary : temporaries) {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                        FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        Files.deleteIfExists(temporary);
                    }
                } catch (IOException | OverlappingFileLockException e) {
                    // being written in this process, or gone already
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed keeps its leftovers; the write itself goes on
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("[\\\\*?\\[\\]{}]", "\\\\$0");
    }
}
