package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a {@link ClaimResult} whole (its claim, diagnostics, warnings and diagnosis) and reads it
 * back, for the results an incremental check keeps of a claims file.
 */
final class ClaimResultFormat {

    private ClaimResultFormat() {}

    static void write(DataOutputStream out, ClaimResult result) throws IOException {
        optionalText(out, result.id());
        location(out, result.location());
        out.writeUTF(result.status().name());
        out.writeInt(result.diagnostics().size());
        for (Diagnostic diagnostic : result.diagnostics()) {
            location(out, diagnostic.location());
            QuoteOutcomeFormat.writeText(out, diagnostic.message());
        }
        out.writeInt(result.warnings().size());
        for (Warning warning : result.warnings()) {
            warning(out, warning);
        }
        QuoteOutcomeFormat.writeDiagnosis(out, result.diagnosis());
        out.writeBoolean(result.claim().isPresent());
        if (result.claim().isPresent()) {
            Claim claim = result.claim().get();
            QuoteOutcomeFormat.writeText(out, claim.id());
            QuoteOutcomeFormat.writeText(out, claim.statement());
            QuoteOutcomeFormat.writeText(out, claim.quote());
            QuoteOutcomeFormat.writeText(out, claim.source());
            out.writeInt(claim.offset().orElse(-1));
            QuoteOutcomeFormat.writeText(out, claim.outlet());
            optionalText(out, claim.prefix());
            optionalText(out, claim.suffix());
        }
    }

    static ClaimResult read(DataInputStream in) throws IOException {
        Optional<String> id = optionalText(in);
        Location location = location(in);
        Status status = Status.valueOf(in.readUTF());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            diagnostics.add(new Diagnostic(location(in), text(in)));
        }
        List<Warning> warnings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            warnings.add(warning(in));
        }
        var diagnosis = QuoteOutcomeFormat.readDiagnosis(in);
        Optional<Claim> claim = Optional.empty();
        if (in.readBoolean()) {
            String claimId = text(in);
            String statement = text(in);
            String quote = text(in);
            String source = text(in);
            int offset = in.readInt();
            String outlet = text(in);
            claim = Optional.of(new Claim(
                    claimId,
                    statement,
                    quote,
                    source,
                    offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset),
                    outlet,
                    optionalText(in),
                    optionalText(in)));
        }
        return new ClaimResult(id, location, status, diagnostics, warnings, diagnosis, claim);
    }

    static void warning(DataOutputStream out, Warning warning) throws IOException {
        out.writeUTF(warning.kind().name());
        location(out, warning.location());
        QuoteOutcomeFormat.writeText(out, warning.message());
    }

    static Warning warning(DataInputStream in) throws IOException {
        return new Warning(WarningKind.valueOf(in.readUTF()), location(in), text(in));
    }

    static void problem(DataOutputStream out, Problem problem) throws IOException {
        location(out, problem.location());
        QuoteOutcomeFormat.writeText(out, problem.message());
    }

    static Problem problem(DataInputStream in) throws IOException {
        return new Problem(location(in), text(in));
    }

    static void location(DataOutputStream out, Location location) throws IOException {
        QuoteOutcomeFormat.writeText(out, location.file());
        out.writeInt(location.line());
        out.writeInt(location.column());
    }

    static Location location(DataInputStream in) throws IOException {
        return new Location(text(in), in.readInt(), in.readInt());
    }

    private static void optionalText(DataOutputStream out, Optional<String> text) throws IOException {
        QuoteOutcomeFormat.writeText(out, text.orElse(null));
    }

    private static Optional<String> optionalText(DataInputStream in) throws IOException {
        return Optional.ofNullable(QuoteOutcomeFormat.readText(in));
    }

    /** Text that is there: a damaged file that says otherwise is not read on. */
    private static String text(DataInputStream in) throws IOException {
        String text = QuoteOutcomeFormat.readText(in);
        if (text == null) {
            throw new IOException("a text is missing");
        }
        return text;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("a count of " + count);
        }
        return count;
    }
}
