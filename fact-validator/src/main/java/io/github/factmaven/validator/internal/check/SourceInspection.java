package io.github.factmaven.validator.internal.check;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.internal.diagnosis.QuoteOutcome;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.RawSource;
import io.github.factmaven.validator.internal.source.SourceException;
import java.util.List;
import java.util.Optional;

/**
 * The check of one source, as a function of what is given and nothing else: its bytes and how to
 * read them, and the claims that cite it. It reads no file and asks no cache, so the same function
 * serves a check on disk, in memory, and on a cluster whose sources are rows of a table; deciding
 * what to read, and keeping what was found, is the caller's.
 */
public final class SourceInspection {

    private SourceInspection() {}

    /**
     * What one source's check found.
     *
     * @param sha256   the SHA-256 of the source's bytes, which the registry's pin and the cache key on
     * @param outcomes each claim's outcome, in the order of the claims given
     * @param names    the names the source spells, for the spelling variants, if they were asked for
     */
    public record Findings(String sha256, List<QuoteOutcome> outcomes, Optional<NameIndex.SourceNames> names) {}

    /**
     * Decodes a source once and checks every claim given against its text.
     *
     * @param source    the source's bytes and how to read them
     * @param claims    the claims to check, all citing this source; possibly none
     * @param findNames whether to find the names the source spells (not if they are known already)
     * @return the outcomes, the hash and the names
     * @throws SourceException if the source is not text that can be read (not UTF-8, not an HTML page
     *                         that can be parsed)
     */
    public static Findings inspect(RawSource source, List<LocatedClaim> claims, boolean findNames)
            throws SourceException {
        LoadedSource loaded = source.decode();
        Optional<NameIndex.SourceNames> names =
                findNames ? Optional.of(NameIndex.namesOf(loaded.name(), loaded.text())) : Optional.empty();
        List<QuoteOutcome> outcomes = claims.isEmpty() ? List.of() : SourceCheck.check(claims, loaded);
        return new Findings(source.sha256(), outcomes, names);
    }
}
