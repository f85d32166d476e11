package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.internal.names.DatasetNames;
import io.github.factmaven.validator.internal.names.MergedNames;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last check kept of each claims file, so that the next one checks again only the files
 * that changed (and those that share an id or a span with them), and of the files whose sources
 * changed only the claims that cite them, taking every other file's part of the result from here:
 * its state, the hashes of its ids and spans (to find the files a change makes share one), the
 * sources its claims cite, its problems, its claims that need attention, its counts per outlet and
 * the names its quotes spell; and the dataset's groups and the state of every source file.
 *
 * <p>Bound to this version of fact-maven and to the settings and registry it was made with ({@link
 * InputManifest#beyondClaimsAndSources}); a file that is damaged or of another version is not used,
 * and every claims file is checked.
 *
 * @param settings     the digest of the inputs other than claims files and source files it was made with
 * @param sources      the state of each source file it was made with, by its key in the manifest
 * @param files        each claims file's segment, by its path as locations name it, in path order
 * @param groups       the claims that share an id or a span, in the order of the result
 * @param fileErrors   the result's problems of whole files
 * @param warnings     the result's warnings about the dataset
 * @param namesDigest  the {@linkplain DatasetNames#digest() digest} of the dataset's names, of which
 *                     the spelling variants among the warnings were found
 * @param mergedNames  the dataset's names merged, which the next check brings up to date
 * @param check        the id of the check that made them, which its {@link ReportLayouts} carry too
 */
public record Segments(
        String settings,
        Map<String, InputManifest.FileState> sources,
        Map<String, Segment> files,
        List<ClaimGroup> groups,
        List<Problem> fileErrors,
        List<Warning> warnings,
        long namesDigest,
        MergedNames mergedNames,
        long check) {

    /**
     * Makes immutable copies, keeping the order of the files.
     *
     * @param settings     the digest of the inputs other than claims files and source files it was made with
     * @param sources      the state of each source file it was made with, by its key in the manifest
     * @param files        each claims file's segment, by its path as locations name it, in path order
     * @param groups       the claims that share an id or a span, in the order of the result
     * @param fileErrors   the result's problems of whole files
     * @param warnings     the result's warnings about the dataset
     * @param namesDigest  the {@linkplain DatasetNames#digest() digest} of the dataset's names, of which
     *                     the spelling variants among the warnings were found
     * @param mergedNames  the dataset's names merged, which the next check brings up to date
     * @param check        the id of the check that made them, which its {@link ReportLayouts} carry too
     */
    public Segments {
        sources = Map.copyOf(sources);
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        groups = List.copyOf(groups);
        fileErrors = List.copyOf(fileErrors);
        warnings = List.copyOf(warnings);
    }

    /**
     * What the last check kept of one claims file.
     *
     * @param key          its key in the manifest
     * @param state        its state when it was read
     * @param ids          the hashes of the ids its entries use ({@link #idHash})
     * @param spans        the hashes of the spans its claims cite
     * @param sources      the sources its claims cite, as they name them
     * @param claimSources the index among {@code sources} of each claim's source, in file order;
     *                     none for a file with invalid entries
     * @param starts       where each claim's entry starts in the file's bytes, in file order, so
     *                     that some can be read again without reading the rest; none if not known
     * @param places       the line and column of each claim, as {@link #place} packs them
     * @param problems     its problems as a whole file
     * @param size         how many results it has
     * @param shown        the {@linkplain #shown hash} of what the reports that list every claim show of its results
     * @param onPage       the {@linkplain #onPage hash} of what the page shows of its claims besides
     * @param attention    its results that failed or have a warning, in file order
     * @param indices      the index of each of them among its results
     * @param byOutlet     the counts of its claims per outlet
     * @param quoteNames   the names its quotes spell
     */
    public record Segment(
            String key,
            InputManifest.FileState state,
            long[] ids,
            long[] spans,
            List<String> sources,
            int[] claimSources,
            long[] starts,
            long[] places,
            List<Problem> problems,
            int size,
            long shown,
            long onPage,
            List<ClaimResult> attention,
            int[] indices,
            SortedMap<String, CheckResult.Tally> byOutlet,
            KeptNames quoteNames) {}

    /**
     * A 64-bit hash of an id, so that files that may share an id are found without keeping ids.
     *
     * @param id an id
     * @return its hash
     */
    public static long idHash(String id) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash = (hash ^ id.charAt(i)) * 0x100000001B3L;
        }
        return hash ^ (hash >>> 29);
    }

    /**
     * A 64-bit hash of what the reports that list every claim ({@code report.json}, {@code
     * TEST-claims.xml}) show of a claims file's results: each claim's id, where it is and what was
     * found. Two files with the same hash, the same claims needing attention (compared whole) and
     * the same counts per outlet have the same parts in those reports, so a file saved again without
     * such a change (a line break added at its end, a checkout that gives it back) keeps its parts.
     *
     * @param results the file's results, in file order
     * @return their hash
     */
    public static long shown(List<ClaimResult> results) {
        long hash = 0xCBF29CE484222325L;
        for (ClaimResult result : results) {
            hash = text(hash, result.id().orElse(""));
            hash = mix(hash, result.id().isPresent() ? 1 : 0);
            hash = located(hash, result.location());
            hash = mix(hash, result.status().ordinal());
            for (Diagnostic diagnostic : result.diagnostics()) {
                hash = text(located(hash, diagnostic.location()), diagnostic.message());
            }
            hash = mix(hash, result.diagnostics().size());
            for (Warning warning : result.warnings()) {
                hash = text(located(mix(hash, warning.kind().ordinal()), warning.location()), warning.message());
            }
            hash = mix(hash, result.warnings().size());
        }
        return hash ^ (hash >>> 29);
    }

    /**
     * A 64-bit hash of what the page shows of a claims file's claims besides what {@link #shown}
     * hashes: the page lists claims verified without a warning too, with what they state and quote.
     * A file whose claims were reworded, and nothing else, keeps its parts of the reports that list
     * every claim, and has its cards rendered again.
     *
     * @param results the file's results, in file order
     * @return their hash
     */
    public static long onPage(List<ClaimResult> results) {
        long hash = 0xCBF29CE484222325L;
        for (ClaimResult result : results) {
            if (result.claim().isPresent()) {
                Claim claim = result.claim().get();
                hash = text(text(text(text(hash, claim.id()), claim.statement()), claim.quote()), claim.source());
                hash = text(mix(hash, claim.offset().orElse(-1)), claim.outlet());
                hash = text(
                        text(hash, claim.prefix().orElse("\u0000")),
                        claim.suffix().orElse("\u0000"));
            }
            hash = mix(hash, result.claim().isPresent() ? 1 : 0);
        }
        return hash ^ (hash >>> 29);
    }

    private static long located(long hash, Location location) {
        return mix(mix(text(hash, location.file()), location.line()), location.column());
    }

    private static long text(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001B3L;
        }
        return mix(hash, text.length());
    }

    private static long mix(long hash, int value) {
        return (hash ^ value) * 0x100000001B3L ^ 0x9E3779B97F4A7C15L;
    }

    /**
     * @param location where a claim is
     * @return its line and column in one number
     */
    public static long place(Location location) {
        return (long) location.line() << 32 | location.column() & 0xFFFFFFFFL;
    }

    /**
     * @param file  the file a claim is in, as locations name it
     * @param place its line and column, as {@link #place(Location)} packs them
     * @return where it is
     */
    public static Location location(String file, long place) {
        return new Location(file, (int) (place >>> 32), (int) place);
    }

    /**
     * Reads what every part of the file keeps: the dataset's part, then each claims file's, in
     * order; a file not in a part is the one the segments before it held, if they held it.
     *
     * @param in     the part's content
     * @param before the segments the part follows; none for the whole
     * @return the segments as the part leaves them
     * @throws IOException if the part is damaged, or does not follow these segments
     */
    static Segments read(DataInputStream in, Optional<Segments> before) throws IOException {
        if (before.isPresent() && in.readLong() != before.get().check()) {
            throw new IOException("a part does not follow the segments before it");
        }
        long check = in.readLong();
        String settings = in.readUTF();
        Map<String, InputManifest.FileState> sources = new TreeMap<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            sources.put(QuoteOutcomeFormat.readText(in), CheckedFile.state(in));
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            ClaimGroup.Kind kind = ClaimGroup.Kind.valueOf(in.readUTF());
            String shared = QuoteOutcomeFormat.readText(in);
            List<ClaimGroup.Member> members = new ArrayList<>();
            for (int k = CheckedFile.count(in); k > 0; k--) {
                members.add(new ClaimGroup.Member(QuoteOutcomeFormat.readText(in), ClaimResultFormat.location(in)));
            }
            groups.add(new ClaimGroup(kind, shared, members));
        }
        List<Problem> fileErrors = new ArrayList<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            fileErrors.add(ClaimResultFormat.problem(in));
        }
        List<Warning> warnings = new ArrayList<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            warnings.add(ClaimResultFormat.warning(in));
        }
        long namesDigest = in.readLong();
        MergedNames mergedNames;
        if (in.readBoolean()) {
            mergedNames = MergedNames.read(in);
        } else if (before.isPresent()) {
            mergedNames = before.get().mergedNames();
        } else {
            throw new IOException("a part keeps names merged that no segments before it hold");
        }
        Map<String, Segment> files = new LinkedHashMap<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            String name = QuoteOutcomeFormat.readText(in);
            Segment kept = before.map(last -> last.files().get(name)).orElse(null);
            if (in.readBoolean()) {
                files.put(name, segment(in, name));
            } else if (kept != null) {
                files.put(name, kept);
            } else {
                throw new IOException("a part keeps a segment the segments before it do not hold");
            }
        }
        return new Segments(settings, sources, files, groups, fileErrors, warnings, namesDigest, mergedNames, check);
    }

    /**
     * Writes the segments, as {@link #read} reads them: whole, or as a part that follows others and
     * holds only the claims files' segments that are not theirs.
     *
     * @param before the segments the part follows, which the file holds; none for the whole
     */
    void write(DataOutputStream out, Optional<Segments> before) throws IOException {
        if (before.isPresent()) {
            out.writeLong(before.get().check());
        }
        out.writeLong(check);
        out.writeUTF(settings);
        out.writeInt(sources.size());
        for (Map.Entry<String, InputManifest.FileState> source : new TreeMap<>(sources).entrySet()) {
            QuoteOutcomeFormat.writeText(out, source.getKey());
            CheckedFile.state(out, source.getValue());
        }
        out.writeInt(groups.size());
        for (ClaimGroup group : groups) {
            out.writeUTF(group.kind().name());
            QuoteOutcomeFormat.writeText(out, group.shared());
            out.writeInt(group.members().size());
            for (ClaimGroup.Member member : group.members()) {
                QuoteOutcomeFormat.writeText(out, member.id());
                ClaimResultFormat.location(out, member.location());
            }
        }
        out.writeInt(fileErrors.size());
        for (Problem problem : fileErrors) {
            ClaimResultFormat.problem(out, problem);
        }
        out.writeInt(warnings.size());
        for (Warning warning : warnings) {
            ClaimResultFormat.warning(out, warning);
        }
        out.writeLong(namesDigest);
        // the very names the file holds, kept from the last check: not written again
        boolean namesHeld = before.isPresent() && before.get().mergedNames() == mergedNames;
        out.writeBoolean(!namesHeld);
        if (!namesHeld) {
            mergedNames.write(out);
        }
        out.writeInt(files.size());
        for (Map.Entry<String, Segment> entry : files.entrySet()) {
            QuoteOutcomeFormat.writeText(out, entry.getKey());
            // the very segment the file holds, kept from the last check: not written again
            boolean held = before.isPresent() && before.get().files().get(entry.getKey()) == entry.getValue();
            out.writeBoolean(!held);
            if (!held) {
                segment(out, entry.getValue());
            }
        }
    }

    private static void segment(DataOutputStream out, Segment segment) throws IOException {
        out.writeUTF(segment.key());
        CheckedFile.state(out, segment.state());
        hashes(out, segment.ids());
        hashes(out, segment.spans());
        out.writeInt(segment.sources().size());
        for (String source : segment.sources()) {
            QuoteOutcomeFormat.writeText(out, source);
        }
        indices(out, segment.claimSources());
        hashes(out, segment.starts());
        hashes(out, segment.places());
        out.writeInt(segment.problems().size());
        for (Problem problem : segment.problems()) {
            ClaimResultFormat.problem(out, problem);
        }
        out.writeInt(segment.size());
        out.writeLong(segment.shown());
        out.writeLong(segment.onPage());
        out.writeInt(segment.attention().size());
        for (int i = 0; i < segment.attention().size(); i++) {
            out.writeInt(segment.indices()[i]);
            ClaimResultFormat.write(out, segment.attention().get(i));
        }
        out.writeInt(segment.byOutlet().size());
        for (Map.Entry<String, CheckResult.Tally> outlet : segment.byOutlet().entrySet()) {
            QuoteOutcomeFormat.writeText(out, outlet.getKey());
            out.writeInt(outlet.getValue().claims());
            out.writeInt(outlet.getValue().verified());
        }
        segment.quoteNames().write(out);
    }

    private static Segment segment(DataInputStream in, String name) throws IOException {
        String key = in.readUTF();
        InputManifest.FileState state = CheckedFile.state(in);
        long[] ids = hashes(in);
        long[] spans = hashes(in);
        List<String> sources = new ArrayList<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            sources.add(QuoteOutcomeFormat.readText(in));
        }
        int[] claimSources = indices(in);
        for (int source : claimSources) {
            if (source < 0 || source >= sources.size()) {
                throw new IOException("a claim's source out of range");
            }
        }
        long[] starts = hashes(in);
        long[] places = hashes(in);
        List<Problem> problems = new ArrayList<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            problems.add(ClaimResultFormat.problem(in));
        }
        int size = in.readInt();
        long shown = in.readLong();
        long onPage = in.readLong();
        int attention = CheckedFile.count(in);
        if (size < attention) {
            throw new IOException("more claims needing attention than claims");
        }
        List<ClaimResult> results = new ArrayList<>(attention);
        int[] indices = new int[attention];
        for (int i = 0; i < attention; i++) {
            indices[i] = in.readInt();
            if (indices[i] < 0 || indices[i] >= size || i > 0 && indices[i] <= indices[i - 1]) {
                throw new IOException("a claim's index out of order");
            }
            results.add(ClaimResultFormat.read(in));
        }
        SortedMap<String, CheckResult.Tally> byOutlet = new TreeMap<>();
        for (int i = CheckedFile.count(in); i > 0; i--) {
            String outlet = QuoteOutcomeFormat.readText(in);
            int claims = in.readInt();
            int verified = in.readInt();
            byOutlet.put(outlet, new CheckResult.Tally(claims, verified, claims - verified));
        }
        KeptNames quoteNames = KeptNames.read(in, name, in.available());
        return new Segment(
                key,
                state,
                ids,
                spans,
                sources,
                claimSources,
                starts,
                places,
                problems,
                size,
                shown,
                onPage,
                results,
                indices,
                byOutlet,
                quoteNames);
    }

    /** Hashes as one block of bytes, as {@link #hashes(DataInputStream)} reads them. */
    private static void hashes(DataOutputStream out, long[] hashes) throws IOException {
        out.writeInt(hashes.length);
        ByteBuffer block = ByteBuffer.allocate(hashes.length * Long.BYTES);
        block.asLongBuffer().put(hashes);
        out.write(block.array());
    }

    private static long[] hashes(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available() / Long.BYTES) {
            throw new IOException("a count of " + count + " hashes with " + in.available() + " bytes left");
        }
        byte[] block = new byte[count * Long.BYTES];
        in.readFully(block);
        long[] hashes = new long[count];
        ByteBuffer.wrap(block).asLongBuffer().get(hashes);
        return hashes;
    }

    /** Indices as one block of bytes, as {@link #indices(DataInputStream)} reads them. */
    private static void indices(DataOutputStream out, int[] indices) throws IOException {
        out.writeInt(indices.length);
        ByteBuffer block = ByteBuffer.allocate(indices.length * Integer.BYTES);
        block.asIntBuffer().put(indices);
        out.write(block.array());
    }

    private static int[] indices(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available() / Integer.BYTES) {
            throw new IOException("a count of " + count + " indices with " + in.available() + " bytes left");
        }
        byte[] block = new byte[count * Integer.BYTES];
        in.readFully(block);
        int[] indices = new int[count];
        ByteBuffer.wrap(block).asIntBuffer().get(indices);
        return indices;
    }
}
