package io.github.factmaven.validator.internal.names;

/** The arithmetic of 64-bit digests: FNV-1a steps over text and numbers, and a final mix. */
final class Digests {

    /** The FNV-1a offset basis. */
    static final long START = 0xCBF29CE484222325L;

    private static final long PRIME = 0x100000001B3L;

    private Digests() {}

    static long text(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * PRIME;
        }
        return mix(hash, text.length());
    }

    static long mix(long hash, int value) {
        return (hash ^ value) * PRIME;
    }

    /**
     * Spreads every bit of a hash over every bit of the result (the finalizer of MurmurHash3), so
     * that sums of finished hashes, which do not depend on order, still tell sets apart.
     */
    static long finish(long hash) {
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        hash *= 0xC4CEB93FE1A85EC5L;
        return hash ^ hash >>> 33;
    }
}
