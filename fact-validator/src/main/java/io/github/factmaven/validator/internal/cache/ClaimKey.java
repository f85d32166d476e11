package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.Claim;
import java.util.function.Function;

/**
 * A 128-bit digest of everything a claim's quote check depends on: the source's name and content
 * hash, the quote, the offset, the prefix and the suffix. Not the id, statement or outlet, which the
 * quote check does not read. Two independent 64-bit hashes; an accidental collision among a
 * million claims has a chance of about 10^-27.
 *
 * @param high the first 64 bits
 * @param low  the other 64 bits
 */
public record ClaimKey(long high, long low) {

    /**
     * @return the keys of claims that cite this source, with this content: the source's name and
     *         hash are hashed once for all its claims
     */
    public static Function<Claim, ClaimKey> ofSource(String source, String sourceSha256) {
        Hasher start = new Hasher().add(source).add(sourceSha256);
        return claim -> start.copy()
                .add(claim.quote())
                .add(claim.offset().isPresent() ? "" + claim.offset().getAsInt() : "-")
                .add(claim.prefix().orElse("\u0000-"))
                .add(claim.suffix().orElse("\u0000-"))
                .key();
    }

    /**
     * @param content what decides a source's text: its bytes' hash and how they are read
     * @param quote   a quote
     * @return the key of the search for the quote in a source of that content, apart from every
     *     claim's key
     */
    public static ClaimKey ofSearch(String content, String quote) {
        return new Hasher().add("\u0000search").add(content).add(quote).key();
    }

    /** Two multiply-rotate hashes with different seeds and multipliers, each field ended by its length. */
    private static final class Hasher {
        private long first = 0x243F6A8885A308D3L;
        private long second = 0x13198A2E03707344L;

        Hasher copy() {
            Hasher copy = new Hasher();
            copy.first = first;
            copy.second = second;
            return copy;
        }

        Hasher add(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                first = Long.rotateLeft((first ^ c) * 0x9E3779B97F4A7C15L, 31);
                second = Long.rotateLeft((second ^ c) * 0xC2B2AE3D27D4EB4FL, 29);
            }
            first = Long.rotateLeft((first ^ text.length()) * 0x9E3779B97F4A7C15L, 31);
            second = Long.rotateLeft((second ^ text.length()) * 0xC2B2AE3D27D4EB4FL, 29);
            return this;
        }

        ClaimKey key() {
            return new ClaimKey(mix(first), mix(second) | 1); // never (0, 0)
        }

        private static long mix(long h) {
            h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
            h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
            return h ^ (h >>> 33);
        }
    }
}
