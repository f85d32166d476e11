package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.internal.diagnosis.QuoteOutcome;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What earlier checks of a dataset found, so the next check redoes only what changed: what the
 * check of each claim's quote found (keyed by the content of the claim and the SHA-256 of its
 * source, see {@link ClaimKey}), the names of each source for the spelling-variant search, and the
 * SHA-256 of each source file by its size, modification time, change time and file number, so an
 * unchanged file is not even read, and which quotes not found in their own source were not found in
 * another source of a given content either, so that search reads no source it read before. A pinned source is the exception: its bytes are hashed on every check, since a pin is a
 * promise about the bytes, and a file's size and time can be put back after an edit.
 *
 * <p>A quote is taken as checked without reading its source only if the same quote, offset, prefix
 * and suffix were checked against a source with the same name and content. The outcome kept is the
 * whole of it, a failure's diagnosis included, and it is the same as checking again would give:
 * a check depends on nothing else. A changed claims file therefore re-checks only its changed
 * claims, and a changed source the claims that cite it; with nothing changed, no source is read.
 * Dataset-wide checks (duplicate ids, provenance, quotes found in another source, duplicate spans,
 * spelling variants) run every time, on what was read and what the cache remembers.
 *
 * <p>The cache belongs to one version of fact-maven: a cache written by another is ignored, and so is
 * one that fails its CRC-32 or holds a count larger than the file (a damaged cache is never trusted,
 * and never asks for more memory than its size). It is
 * thread-safe; one check uses it at a time, then {@link #save} keeps what that check saw: nothing if
 * it learned nothing; appended, with a CRC-32 of its own, if the check saw only some claims files and
 * what is appended stays smaller than the whole; otherwise the whole file written again.
 */
public final class CheckCache {

    private static final String FORMAT = "fact-maven check cache 10";
    /** Keys are read and written this many bytes at a time: 4,096 keys. */
    private static final int KEY_BLOCK = 1 << 16;
    /** Starts each batch of what later checks learned, appended after the whole. */
    private static final int APPENDED = 'A';

    private final Path file;
    private final Map<String, InputManifest.FileState> knownFingerprints;
    private final KeySet knownVerified;
    private final Map<ClaimKey, QuoteOutcome> knownOutcomes;
    private final Map<String, KeptNames> knownNames;
    /** Keys of searches ({@link ClaimKey#ofSearch}) of a quote in another source that did not find it. */
    private final KeySet knownAbsent;

    private final Map<String, InputManifest.FileState> fingerprints = new HashMap<>();
    /** Keys of plainly verified quotes, most of a dataset, kept compact; other outcomes in full. */
    private final KeySet verified = new KeySet();

    private final Map<ClaimKey, QuoteOutcome> outcomes = new HashMap<>();
    private final Map<String, KeptNames> names = new HashMap<>();
    private final KeySet absent = new KeySet();
    private final AtomicInteger claimsReused = new AtomicInteger();
    private final AtomicInteger sourcesRead = new AtomicInteger();
    private final Optional<String> discarded;
    /** The file's size when it was read, and how much of it is the whole written at once; 0 if not read. */
    private final long sizeRead;

    private final long wholeSize;
    /** Set when a check saw only part of the dataset: what it did not see is still the dataset's. */
    private boolean keepUnseen;
    /** Set when the check saw something the file did not hold: only then must it be written again. */
    private boolean learned;

    private CheckCache(
            Path file,
            Map<String, InputManifest.FileState> fingerprints,
            KeySet verified,
            Map<ClaimKey, QuoteOutcome> outcomes,
            Map<String, KeptNames> names,
            KeySet absent,
            Optional<String> discarded,
            long sizeRead,
            long wholeSize) {
        this.file = file;
        this.discarded = discarded;
        this.sizeRead = sizeRead;
        this.wholeSize = wholeSize;
        this.knownFingerprints = fingerprints;
        this.knownVerified = verified;
        this.knownOutcomes = outcomes;
        this.knownNames = names;
        this.knownAbsent = absent;
    }

    /**
     * Reads the cache a previous check saved. A missing file, or one written by another version of
     * fact-maven, gives an empty cache: the check then does all the work. So does a damaged one
     * (see {@link #discarded()}), which is never trusted.
     *
     * @param file where the cache is kept, for example {@code target/fact-check/cache.bin}
     * @return the cache
     */
    public static CheckCache load(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return empty(file, Optional.empty());
        }
        try (BufferedInputStream raw = new BufferedInputStream(RegularFile.open(file), 1 << 16)) {
            long size = Files.size(file);
            // every count is bounded by the file's size, so a damaged count cannot ask for gigabytes
            CheckedInputStream checked = new CheckedInputStream(raw, new CRC32());
            Bounded in = new Bounded(checked, size);
            if (!in.readUTF().equals(FORMAT)) {
                return empty(file, Optional.of("it is not a cache of this format"));
            }
            if (!in.readUTF().equals(version())) {
                return empty(file, Optional.empty()); // another version's: not damaged, just not ours
            }
            Sections known = new Sections();
            known.read(in, size);
            if (new DataInputStream(raw).readLong() != checked.getChecksum().getValue()) {
                return empty(file, Optional.of("it fails its checksum"));
            }
            long wholeSize = size - raw.available();
            // then what later checks learned, each part with a checksum of its own
            for (int first = raw.read(); first != -1; first = raw.read()) {
                CheckedInputStream part = new CheckedInputStream(raw, new CRC32());
                if (first != APPENDED) {
                    return empty(file, Optional.of("it fails its checksum"));
                }
                known.read(new Bounded(part, size), size);
                if (new DataInputStream(raw).readLong() != part.getChecksum().getValue()) {
                    return empty(file, Optional.of("it fails its checksum"));
                }
            }
            return new CheckCache(
                    file,
                    known.fingerprints(),
                    known.verified(),
                    known.outcomes(),
                    known.names(),
                    known.absent(),
                    Optional.empty(),
                    size,
                    wholeSize);
        } catch (EOFException e) {
            return empty(file, Optional.of("it ends too early"));
        } catch (IOException | RuntimeException e) {
            return empty(file, Optional.of("it cannot be read: " + e.getMessage()));
        }
    }

    /**
     * @return why the cache file was discarded, if it was there and damaged (cut short, altered,
     *         not a cache at all): the check then runs in full, and its save replaces the file
     */
    public Optional<String> discarded() {
        return discarded;
    }

    /** A cache file being read: counts are checked against the file's size before anything is allocated. */
    private static final class Bounded extends DataInputStream {
        private final long size;

        Bounded(CheckedInputStream in, long size) {
            super(in);
            this.size = size;
        }

        int count() throws IOException {
            int count = readInt();
            if (count < 0 || count > size) {
                throw new IOException("the cache file is damaged: a count of " + count);
            }
            return count;
        }
    }

    private static CheckCache empty(Path file, Optional<String> discarded) {
        return new CheckCache(file, Map.of(), new KeySet(), Map.of(), Map.of(), new KeySet(), discarded, 0, 0);
    }

    /**
     * Keeps, when saved, what the cache knew and this check did not see: for a check of some claims
     * files of a dataset, whose other files' claims are still the dataset's. Their entries are
     * dropped at the next check of the whole dataset, if it no longer has them.
     */
    public synchronized void keepUnseen() {
        keepUnseen = true;
    }

    /**
     * Writes what the last check saw, replacing the file atomically; what it did not see (removed
     * claims, old versions of sources) is dropped, unless it was told to {@linkplain #keepUnseen keep it}.
     *
     * @throws IOException if the file cannot be written
     */
    public synchronized void save() throws IOException {
        if (holdsAlready()) {
            return;
        }
        if (keepUnseen && sizeRead > 0 && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            FileBytes learnedBytes = learned().bytes(true);
            // appended while what was appended stays smaller than the whole: then written whole again
            if (sizeRead - wholeSize + learnedBytes.size() <= wholeSize) {
                // a part cut short by a crash fails its checksum, and the whole cache is then discarded
                learnedBytes.appendTo(file);
                return;
            }
        }
        if (keepUnseen) {
            knownFingerprints.forEach(fingerprints::putIfAbsent);
            knownNames.forEach(names::putIfAbsent);
            knownVerified.forEach(verified::add);
            knownOutcomes.forEach(outcomes::putIfAbsent);
            knownAbsent.forEach(absent::add);
        }
        FileBytes whole = new Sections(fingerprints, names, verified, outcomes, absent).bytes(false);
        Files.createDirectories(file.toAbsolutePath().getParent());
        whole.writeTo(file);
    }

    /** What this check saw that the file does not hold. */
    private Sections learned() {
        Sections learned = new Sections();
        fingerprints.forEach((path, state) -> {
            if (!state.equals(knownFingerprints.get(path))) {
                learned.fingerprints().put(path, state);
            }
        });
        names.forEach((key, found) -> {
            if (found != knownNames.get(key)) {
                learned.names().put(key, found);
            }
        });
        verified.forEach((high, low) -> {
            if (!knownVerified.contains(high, low)) {
                learned.verified().add(high, low);
            }
        });
        outcomes.forEach((key, outcome) -> {
            if (!outcome.equals(knownOutcomes.get(key))) {
                learned.outcomes().put(key, outcome);
            }
        });
        absent.forEach((high, low) -> {
            if (!knownAbsent.contains(high, low)) {
                learned.absent().add(high, low);
            }
        });
        return learned;
    }

    /**
     * The entries of a cache file: each source file's fingerprint, each source's names, the keys of
     * plainly verified quotes, other quotes' outcomes, and the searches that found nothing.
     */
    private record Sections(
            Map<String, InputManifest.FileState> fingerprints,
            Map<String, KeptNames> names,
            KeySet verified,
            Map<ClaimKey, QuoteOutcome> outcomes,
            KeySet absent) {

        Sections() {
            this(new HashMap<>(), new HashMap<>(), new KeySet(), new HashMap<>(), new KeySet());
        }

        /** Reads entries, over those already read: a later part's entries are the later word. */
        void read(Bounded in, long size) throws IOException {
            for (int i = in.count(); i > 0; i--) {
                fingerprints.put(
                        in.readUTF(),
                        new InputManifest.FileState(
                                in.readLong(), in.readLong(), in.readLong(), in.readLong(), Optional.of(in.readUTF())));
            }
            for (int i = in.count(); i > 0; i--) {
                String key = in.readUTF();
                names.put(key, KeptNames.read(in, key.substring(0, key.indexOf('\u0000')), size));
            }
            readKeys(in, verified);
            for (int i = in.count(); i > 0; i--) {
                outcomes.put(new ClaimKey(in.readLong(), in.readLong()), QuoteOutcomeFormat.read(in));
            }
            readKeys(in, absent);
        }

        /**
         * @param appended true for a part appended after the whole, false for the whole, which
         *                 starts with the format and version
         * @return the entries as bytes, their checksum after them
         */
        FileBytes bytes(boolean appended) throws IOException {
            FileBytes bytes = new FileBytes(64 + 16 * verified.size());
            if (appended) {
                bytes.write(APPENDED);
            }
            CRC32 checksum = new CRC32();
            try (DataOutputStream out =
                    new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(bytes, 1 << 16), checksum))) {
                if (!appended) {
                    out.writeUTF(FORMAT);
                    out.writeUTF(version());
                }
                out.writeInt(fingerprints.size());
                for (Map.Entry<String, InputManifest.FileState> entry : fingerprints.entrySet()) {
                    InputManifest.FileState state = entry.getValue();
                    out.writeUTF(entry.getKey());
                    out.writeLong(state.size());
                    out.writeLong(state.modifiedNanos());
                    out.writeLong(state.changedNanos());
                    out.writeLong(state.fileNumber());
                    out.writeUTF(state.sha256().orElseThrow());
                }
                out.writeInt(names.size());
                for (Map.Entry<String, KeptNames> entry : names.entrySet()) {
                    out.writeUTF(entry.getKey());
                    entry.getValue().write(out);
                }
                writeKeys(out, verified);
                out.writeInt(outcomes.size());
                for (Map.Entry<ClaimKey, QuoteOutcome> entry : outcomes.entrySet()) {
                    out.writeLong(entry.getKey().high());
                    out.writeLong(entry.getKey().low());
                    QuoteOutcomeFormat.write(out, entry.getValue());
                }
                writeKeys(out, absent);
                out.writeLong(checksum.getValue()); // of what came before it: taken before these bytes go in
            }
            return bytes;
        }
    }

    /**
     * @return true if the file holds what a save would write: it was read whole, this check learned
     *     nothing it did not hold, and either what this check did not see is kept or it saw everything
     *     (at a million claims, writing the same 20 MB again would be most of a check that changed one
     *     claims file)
     */
    private boolean holdsAlready() {
        boolean read = discarded.isEmpty() && !knownFingerprints.isEmpty();
        boolean sawAll = fingerprints.size() == knownFingerprints.size()
                && names.size() == knownNames.size()
                && verified.size() == knownVerified.size()
                && outcomes.size() == knownOutcomes.size()
                && absent.size() == knownAbsent.size();
        return read && !learned && (keepUnseen || sawAll) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Writes keys a block at a time, as {@link #readKeys} reads them: a million keys one {@code
     * writeLong} at a time is a loop the JIT must compile first.
     */
    private static void writeKeys(DataOutputStream out, KeySet keys) throws IOException {
        out.writeInt(keys.size());
        ByteBuffer block = ByteBuffer.allocate(KEY_BLOCK);
        IOException[] failure = new IOException[1];
        keys.forEach((high, low) -> {
            if (!block.hasRemaining()) {
                try {
                    out.write(block.array(), 0, block.position());
                } catch (IOException e) {
                    failure[0] = e;
                }
                block.clear();
            }
            block.putLong(high).putLong(low);
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        out.write(block.array(), 0, block.position());
    }

    private static void readKeys(Bounded in, KeySet keys) throws IOException {
        int count = in.count();
        // a count larger than the keys the file can hold is damage, found when the keys run out
        keys.reserve((int) Math.min(count, in.size / (2 * Long.BYTES)));
        byte[] block = new byte[KEY_BLOCK];
        for (int left = count; left > 0; ) {
            int keysRead = Math.min(left, KEY_BLOCK / (2 * Long.BYTES));
            in.readFully(block, 0, keysRead * 2 * Long.BYTES);
            ByteBuffer longs = ByteBuffer.wrap(block, 0, keysRead * 2 * Long.BYTES);
            for (int i = 0; i < keysRead; i++) {
                keys.add(longs.getLong(), longs.getLong());
            }
            left -= keysRead;
        }
    }

    /**
     * @param content what decides a source's text: its bytes' hash and how they are read
     * @param quote   a quote its own source does not hold
     * @return true if an earlier search of a source with this content did not find the quote
     */
    public boolean knownAbsent(String content, String quote) {
        ClaimKey key = ClaimKey.ofSearch(content, quote);
        if (!knownAbsent.contains(key.high(), key.low())) {
            return false;
        }
        synchronized (this) {
            absent.add(key.high(), key.low());
        }
        return true;
    }

    /**
     * Keeps what a search of another source found, and counts the source as read.
     *
     * @param content what decides the source's text: its bytes' hash and how they are read
     * @param quotes  the quotes it does not hold
     */
    public void searched(String content, List<String> quotes) {
        sourcesRead.incrementAndGet();
        List<ClaimKey> keys =
                quotes.stream().map(quote -> ClaimKey.ofSearch(content, quote)).toList();
        synchronized (this) {
            for (ClaimKey key : keys) {
                absent.add(key.high(), key.low());
                learned |= !knownAbsent.contains(key.high(), key.low());
            }
        }
    }

    /** @return how many claims the last check took from the cache, without checking their quotes again */
    public int claimsReused() {
        return claimsReused.get();
    }

    /** @return how many source files the last check read */
    public int sourcesRead() {
        return sourcesRead.get();
    }

    /**
     * @param real the source file's real path
     * @return its SHA-256 as recorded, if the file system still says of it what it said then: size,
     *     modification time, change time and file number, so that an edit that puts the size and
     *     modification time back is still seen, as git sees it
     */
    public Optional<String> knownSha256(Path real) {
        InputManifest.FileState known = knownFingerprints.get(real.toString());
        if (known == null) {
            return Optional.empty();
        }
        try {
            String sha256 = known.sha256().orElseThrow();
            if (InputManifest.FileState.of(real).withSha256(sha256).equals(known)) {
                record(real, known);
                return Optional.of(sha256);
            }
        } catch (IOException e) {
            // read it then, and let reading say what is wrong
        }
        return Optional.empty();
    }

    /**
     * Remembers the hash of a source just read, unless it was modified too recently to trust its
     * timestamp.
     *
     * @param real   the source file's real path
     * @param state  what the file system said of it before its content was read
     * @param sha256 the SHA-256 of its content
     */
    public void recordRead(Path real, InputManifest.FileState state, String sha256) {
        sourcesRead.incrementAndGet();
        if (!state.recentAt(System.currentTimeMillis() * 1_000_000)) {
            record(real, state.withSha256(sha256));
        }
    }

    private synchronized void record(Path real, InputManifest.FileState fingerprint) {
        fingerprints.put(real.toString(), fingerprint);
        learned |= !fingerprint.equals(knownFingerprints.get(real.toString()));
    }

    /** @return what the check of a claim with this key found before, if the cache knows */
    public Optional<QuoteOutcome> knownOutcome(ClaimKey key) {
        if (knownVerified.contains(key.high(), key.low())) {
            return Optional.of(QuoteOutcome.VERIFIED);
        }
        return Optional.ofNullable(knownOutcomes.get(key));
    }

    /**
     * Keeps what the checks of one source's claims found, for the next check: one lock per source,
     * not per claim, as both threads record at once.
     *
     * @param keys     the claims' keys
     * @param found    their outcomes, in the same order
     * @param reused   how many of them the cache knew
     */
    public synchronized void recordOutcomes(List<ClaimKey> keys, List<QuoteOutcome> found, int reused) {
        for (int i = 0; i < keys.size(); i++) {
            ClaimKey key = keys.get(i);
            QuoteOutcome outcome = found.get(i);
            if (outcome.equals(QuoteOutcome.VERIFIED)) {
                verified.add(key.high(), key.low());
                learned |= !knownVerified.contains(key.high(), key.low());
            } else {
                outcomes.put(key, outcome);
                learned |= !outcome.equals(knownOutcomes.get(key));
            }
        }
        claimsReused.addAndGet(reused);
    }

    /** @return the names of a source with this content, as found before */
    public Optional<KeptNames> knownNames(String source, String sha256) {
        KeptNames found = knownNames.get(namesKey(source, sha256));
        if (found != null) {
            recordNames(source, sha256, found);
        }
        return Optional.ofNullable(found);
    }

    /** @return the names of every source content the file held, whatever the check asks of them */
    public Collection<KeptNames> namesKept() {
        return Collections.unmodifiableCollection(knownNames.values());
    }

    public synchronized void recordNames(String source, String sha256, KeptNames found) {
        String key = namesKey(source, sha256);
        names.put(key, found);
        // the names taken from the file are the very object it gave; others are new, or may be
        learned |= found != knownNames.get(key);
    }

    /** The source's name, then its hash: the name is what the places of its names are read back with. */
    private static String namesKey(String source, String sha256) {
        return source + '\u0000' + sha256;
    }

    /**
     * This library's version; for a snapshot also the time its classes were built, since a
     * snapshot's checks may change from one build to the next.
     */
    static String version() {
        String version = "unknown";
        try (InputStream in = CheckCache.class.getResourceAsStream("fact-validator.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                version = properties.getProperty("version", version);
            }
        } catch (IOException e) {
            return version;
        }
        if (version.endsWith("-SNAPSHOT") || version.equals("unknown")) {
            try {
                Path classes = Path.of(CheckCache.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                version += " " + Files.getLastModifiedTime(classes).toMillis();
            } catch (IOException | URISyntaxException | RuntimeException e) {
                version += " " + System.nanoTime(); // unknown build: never reuse
            }
        }
        return version;
    }
}
