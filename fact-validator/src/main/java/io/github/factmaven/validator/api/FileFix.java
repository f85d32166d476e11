package io.github.factmaven.validator.api;

import io.github.factmaven.model.internal.AtomicFile;
import io.github.factmaven.model.internal.RegularFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A dataset file (a claims file, the sources registry) with its changes applied, not yet written.
 */
public final class FileFix {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Path file;
    private final String name;
    private final byte[] before;
    private final byte[] after;
    private final String diff;

    /**
     * @param file      the file
     * @param name      the file as messages name it
     * @param before    its bytes as they were read: it is written only if they are still its bytes
     * @param fixedText its text with the changes applied
     * @param diff      the changes as a unified diff
     */
    public FileFix(Path file, String name, byte[] before, String fixedText, String diff) {
        this.file = file;
        this.name = name;
        this.before = before.clone();
        byte[] text = fixedText.getBytes(StandardCharsets.UTF_8);
        // a byte-order mark is not part of the text, but it is part of the file
        this.after = startsWithByteOrderMark(before) ? concat(BYTE_ORDER_MARK, text) : text;
        this.diff = diff;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the file's name as messages show it */
    public String name() {
        return name;
    }

    /** @return the change as a unified diff, as {@code diff -u} and {@code git diff} show it */
    public String diff() {
        return diff;
    }

    /** @return the file's new content */
    public byte[] content() {
        return after.clone();
    }

    /**
     * Writes the new content atomically, unless the file changed since it was read: then nothing
     * is written, so an edit made meanwhile (in an editor, say) is never lost.
     *
     * @throws IOException if the file cannot be written, or changed since it was read
     */
    public void write() throws IOException {
        byte[] current = Files.exists(file) ? RegularFile.readAllBytes(file) : new byte[0];
        if (!Arrays.equals(current, before)) {
            throw new IOException(
                    name + " changed since it was read; nothing was written to it: run the command again");
        }
        AtomicFile.write(file, after);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && Arrays.equals(bytes, 0, 3, BYTE_ORDER_MARK, 0, 3);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
