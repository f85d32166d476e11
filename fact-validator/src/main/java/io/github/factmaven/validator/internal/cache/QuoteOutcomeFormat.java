package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.api.Excerpt;
import io.github.factmaven.validator.api.Passage;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.diagnosis.QuoteOutcome;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Writes a {@link QuoteOutcome} to a check cache file and reads it back. */
public final class QuoteOutcomeFormat {

    private QuoteOutcomeFormat() {}

    public static void write(DataOutputStream out, QuoteOutcome outcome) throws IOException {
        out.writeUTF(outcome.status().name());
        out.writeUTF(outcome.member());
        writeText(out, outcome.message());
        writeDiagnosis(out, outcome.diagnosis());
    }

    /** Writes a diagnosis, if there is one, as {@link #readDiagnosis} reads it. */
    static void writeDiagnosis(DataOutputStream out, Optional<Diagnosis> given) throws IOException {
        out.writeBoolean(given.isPresent());
        if (given.isPresent()) {
            Diagnosis diagnosis = given.get();
            writeText(out, diagnosis.source());
            out.writeInt(diagnosis.expectedOffset().orElse(-1));
            out.writeInt(diagnosis.found().size());
            for (SourcePosition position : diagnosis.found()) {
                out.writeInt(position.offset());
                out.writeInt(position.line());
                out.writeInt(position.column());
            }
            out.writeInt(diagnosis.passageLength());
            writeText(out, diagnosis.cause().orElse(null));
            out.writeInt(diagnosis.differences().size());
            for (Difference difference : diagnosis.differences()) {
                out.writeUTF(difference.kind().name());
                out.writeInt(difference.quoteIndex());
                writeText(out, difference.quoteText());
                out.writeInt(difference.sourceOffset());
                writeText(out, difference.sourceText());
                writeText(out, difference.description());
            }
            out.writeInt(diagnosis.excerpts().size());
            for (Excerpt excerpt : diagnosis.excerpts()) {
                writeText(out, excerpt.quote());
                writeText(out, excerpt.source());
                writeText(out, excerpt.markers());
            }
            writePassage(out, diagnosis.aroundFound());
            writePassage(out, diagnosis.aroundOffset());
        }
    }

    private static void writePassage(DataOutputStream out, Optional<Passage> passage) throws IOException {
        out.writeBoolean(passage.isPresent());
        if (passage.isPresent()) {
            out.writeInt(passage.get().from());
            out.writeInt(passage.get().start());
            out.writeInt(passage.get().end());
            writeText(out, passage.get().text());
            out.writeBoolean(passage.get().atEnd());
        }
    }

    private static Optional<Passage> readPassage(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new Passage(in.readInt(), in.readInt(), in.readInt(), readText(in), in.readBoolean()));
    }

    public static QuoteOutcome read(DataInputStream in) throws IOException {
        Status status = Status.valueOf(in.readUTF());
        String member = in.readUTF();
        String message = readText(in);
        return new QuoteOutcome(status, member, message, readDiagnosis(in));
    }

    /** Reads what {@link #writeDiagnosis} wrote. */
    static Optional<Diagnosis> readDiagnosis(DataInputStream in) throws IOException {
        Optional<Diagnosis> diagnosis = Optional.empty();
        if (in.readBoolean()) {
            String source = readText(in);
            int expected = in.readInt();
            List<SourcePosition> found = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                found.add(new SourcePosition(in.readInt(), in.readInt(), in.readInt()));
            }
            int passageLength = in.readInt();
            Optional<String> cause = Optional.ofNullable(readText(in));
            List<Difference> differences = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                differences.add(new Difference(
                        DifferenceKind.valueOf(in.readUTF()),
                        in.readInt(),
                        readText(in),
                        in.readInt(),
                        readText(in),
                        readText(in)));
            }
            List<Excerpt> excerpts = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                excerpts.add(new Excerpt(readText(in), readText(in), readText(in)));
            }
            diagnosis = Optional.of(new Diagnosis(
                    source,
                    expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected),
                    found,
                    passageLength,
                    cause,
                    differences,
                    excerpts,
                    readPassage(in),
                    readPassage(in)));
        }
        return diagnosis;
    }

    /** Text of any length (writeUTF stops at 64 KB, and a message may quote a long passage), or null. */
    static void writeText(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("the cache file ends inside a text");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
