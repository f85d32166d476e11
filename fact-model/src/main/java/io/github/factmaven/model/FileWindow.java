package io.github.factmaven.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A stretch of a file's bytes, read from where an entry starts on: entries read one after another
 * in a file take one read for all those that lie within a stretch, and are parsed where they lie.
 */
final class FileWindow {

    /** The least a read takes: the entries near the one asked for come with it. */
    private static final int LEAST = 64 * 1024;
    /** The most a window holds. */
    static final int MOST = Integer.MAX_VALUE - 16;

    private final FileChannel file;
    private final long size;
    private byte[] bytes = new byte[0];
    private long from;
    private int length;
    private boolean atEnd;

    FileWindow(FileChannel file) throws IOException {
        this.file = file;
        this.size = file.size();
    }

    /** @return the file's size in bytes, as it was when the window was opened */
    long size() {
        return size;
    }

    /**
     * Makes the window hold the file from a place on: at least {@code ahead} bytes, or up to the
     * file's end. Reads nothing if it holds them already.
     *
     * @param start a place in the file, before its end
     * @param ahead how many bytes from there the window must hold, at most {@link #MOST}
     * @throws IOException if the file cannot be read
     */
    void cover(long start, int ahead) throws IOException {
        long end = Math.min(size, start + ahead);
        if (start >= from && end <= from + length) {
            return;
        }
        int want = (int) Math.min(size - start, Math.max(LEAST, ahead));
        if (bytes.length < want) {
            bytes = new byte[want];
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, want);
        boolean ended = false;
        while (buffer.hasRemaining() && !ended) {
            // a read of a file may return fewer bytes than asked for, or none: a file cut short since it was opened
            ended = file.read(buffer, start + buffer.position()) < 0;
        }
        from = start;
        length = buffer.position();
        atEnd = ended || from + length >= size;
    }

    /** @return whether the window holds the file up to its end, where it was opened or where it ends now */
    boolean reachesEnd() {
        return atEnd;
    }

    /** @return the window's bytes; those of a place are at {@link #at} */
    byte[] bytes() {
        return bytes;
    }

    /** @return where a place of the file the window holds is in {@link #bytes} */
    int at(long place) {
        return (int) (place - from);
    }

    /** @return how many of the file's bytes the window holds from a place on */
    int heldFrom(long place) {
        return (int) (from + length - place);
    }
}
