package io.github.factmaven.validator.report;

import io.github.factmaven.model.internal.AtomicFile;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ReportLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bytes of a report being written over the one written before: counts them, so that each
 * claims file's part is placed in the new layout, and copies the part of a kept claims file from
 * the old report. The old file stays open while the new one is written beside it and renamed over
 * it. Not thread-safe: one report's writer uses it.
 */
final class Splice extends OutputStream implements AutoCloseable {

    private static final int COPY_BUFFER = 1 << 20;

    private final OutputStream out;
    private final ReportLayout before;
    private final Optional<FileChannel> previous;
    private final long previousSize;
    private final Map<String, ReportLayout.Span> parts = new HashMap<>();
    /** Files with more than one part: where each is cannot be kept by the file's name. */
    private final Set<String> split = new HashSet<>();

    private long count;
    /** A byte to find: where it is next written starts a part; -1 when none is looked for. */
    private int awaited = -1;

    private long awaitedAt = -1;

    private Splice(OutputStream out, ReportLayout before, Optional<FileChannel> previous, long previousSize) {
        this.out = out;
        this.before = before;
        this.previous = previous;
        this.previousSize = previousSize;
    }

    /** Renders a report as text, placing its parts in the splice. */
    @FunctionalInterface
    interface Rendering {
        void render(Writer text, Splice splice) throws IOException;
    }

    /**
     * Writes a report over the one written before, atomically, as UTF-8 text.
     *
     * @param file      the report, written before as {@code before} says
     * @param before    the layout of the report now at {@code file}
     * @param rendering renders the new report
     * @return the layout of the report written
     * @throws IOException if the report cannot be written
     */
    static ReportLayout write(Path file, ReportLayout before, Rendering rendering) throws IOException {
        ReportLayout[] after = {ReportLayout.NONE};
        AtomicFile.writeStream(file, bytes -> {
            try (Splice splice = over(bytes, file, before)) {
                Writer text = AtomicFile.textWriter(splice);
                rendering.render(text, splice);
                text.flush();
                after[0] = splice.layout();
            }
        });
        return after[0];
    }

    /**
     * @param out    where the new report's bytes go
     * @param file   the report written before, which a non-empty layout describes
     * @param before its layout
     * @return a splice of the new report over the old one
     * @throws IOException if the old report is there but cannot be opened
     */
    private static Splice over(OutputStream out, Path file, ReportLayout before) throws IOException {
        // a report that is not a regular file (a pipe, a device) is never read: it could block
        if (before.parts().isEmpty() || !Files.isRegularFile(file)) {
            return new Splice(out, ReportLayout.NONE, Optional.empty(), 0);
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            return new Splice(out, before, Optional.of(channel), channel.size());
        } catch (NoSuchFileException e) {
            return new Splice(out, ReportLayout.NONE, Optional.empty(), 0);
        }
    }

    /**
     * For a report that lists every claim, in one part per claims file.
     *
     * @param part a part of the result
     * @return where its bytes are in the old report, if what such a report wrote of it is kept and
     *     the old report has them
     */
    Optional<ReportLayout.Span> kept(CheckResult.Part part) {
        return part.keptInLists() ? written(part.file()) : Optional.empty();
    }

    /**
     * For a report that lays out a file's part in stretches of claims, each apart: where one
     * stretch's bytes are in the old report.
     *
     * @param part    a part of the result
     * @param stretch which stretch of it
     * @param from    the index among the part's results of the stretch's first
     * @param to      the index just past its last
     * @return where the stretch's bytes are, if its results are kept and the old report has them
     */
    Optional<ReportLayout.Span> kept(CheckResult.Part part, int stretch, int from, int to) {
        return part.keptBetween(from, to) ? written(stretchKey(part.file(), stretch)) : Optional.empty();
    }

    /**
     * @param file    a claims file, as locations name it
     * @param stretch which stretch of its part
     * @return what a layout calls the stretch: no path holds the character between the two
     */
    static String stretchKey(String file, int stretch) {
        return file + '\u0000' + stretch;
    }

    private Optional<ReportLayout.Span> written(String key) {
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        ReportLayout.Span span = before.parts().get(key);
        return span == null || span.end() > previousSize ? Optional.empty() : Optional.of(span);
    }

    /**
     * Copies a part of the old report, and records where it is in the new one.
     *
     * @param file the claims file whose part it is, or its stretch's {@linkplain #stretchKey key}
     * @param span where it is in the old report
     * @throws IOException if it cannot be read or written
     */
    void copy(String file, ReportLayout.Span span) throws IOException {
        long start = count;
        FileChannel channel = previous.orElseThrow();
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(COPY_BUFFER, Math.max(1, span.end() - span.start())));
        long at = span.start();
        while (at < span.end()) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), span.end() - at));
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("the report written before ends early");
            }
            write(buffer.array(), 0, read);
            at += read;
        }
        place(file, new ReportLayout.Span(start, count, span.signature()));
    }

    /** The part about to be written starts here. */
    void startsHere() {
        awaited = -1;
        awaitedAt = count;
    }

    /** The part about to be written starts at the next such byte (after a separator the writer adds). */
    void startsAt(char first) {
        awaited = first;
        awaitedAt = -1;
    }

    /**
     * The part written since {@link #startsHere} or {@link #startsAt} ends here.
     *
     * @param file the claims file whose part it is, or its stretch's {@linkplain #stretchKey key}
     */
    void endsHere(String file) {
        endsHere(file, 0);
    }

    /**
     * The part written since {@link #startsHere} or {@link #startsAt} ends here.
     *
     * @param file      the claims file whose part it is, or its stretch's {@linkplain #stretchKey key}
     * @param signature what decided its bytes beyond its claims' results
     */
    void endsHere(String file, long signature) {
        if (awaitedAt >= 0) {
            place(file, new ReportLayout.Span(awaitedAt, count, signature));
        }
        awaited = -1;
        awaitedAt = -1;
    }

    private void place(String file, ReportLayout.Span span) {
        if (parts.put(file, span) != null) {
            split.add(file);
        }
    }

    /** @return where each part is in the new report; a file written in more than one part is left out */
    ReportLayout layout() {
        Map<String, ReportLayout.Span> whole = new HashMap<>(parts);
        whole.keySet().removeAll(split);
        return new ReportLayout(whole);
    }

    @Override
    public void write(int b) throws IOException {
        if (awaited >= 0 && b == awaited) {
            awaitedAt = count;
            awaited = -1;
        }
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (awaited >= 0) {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == awaited) {
                    awaitedAt = count + i - offset;
                    awaited = -1;
                    break;
                }
            }
        }
        out.write(bytes, offset, length);
        count += length;
    }

    /** Flushing the text on top to here puts its bytes in order; the file below is flushed once, at its end. */
    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
        if (previous.isPresent()) {
            previous.get().close();
        }
    }
}
