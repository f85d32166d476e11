package io.github.factmaven.validator.internal.hash;

/**
 * A count per long, in open addressing: no boxed key or value per entry. A count that comes back to
 * zero takes its entry out. Not thread-safe.
 */
public final class LongCounts {
    private long[] keys;
    private int[] counts;
    private int size;

    /** @param capacity a power of two */
    public LongCounts(int capacity) {
        keys = new long[capacity];
        counts = new int[capacity];
    }

    /** @return a copy, which changes apart from this */
    public LongCounts copy() {
        LongCounts copy = new LongCounts(1);
        copy.keys = keys.clone();
        copy.counts = counts.clone();
        copy.size = size;
        return copy;
    }

    /**
     * Adds to a key's count.
     *
     * @param key   the key
     * @param delta what to add, negative to take away
     * @return the key's count now
     */
    public int add(long key, int delta) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int slot = slot(key, keys, counts);
        int count = counts[slot] + delta;
        if (counts[slot] == 0) {
            if (count != 0) {
                keys[slot] = key;
                counts[slot] = count;
                size++;
            }
        } else if (count == 0) {
            remove(slot);
        } else {
            counts[slot] = count;
        }
        return count;
    }

    /** @return the key's count, 0 if it has none */
    public int get(long key) {
        return counts[slot(key, keys, counts)];
    }

    /** @return how many keys have a count */
    public int size() {
        return size;
    }

    /**
     * @param each given each key and its count, in no particular order
     */
    public void forEach(Entry each) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (counts[slot] != 0) {
                each.accept(keys[slot], counts[slot]);
            }
        }
    }

    /** A key and its count. */
    @FunctionalInterface
    public interface Entry {
        void accept(long key, int count);
    }

    /** Takes out an entry and moves back the entries after it that it kept from their slots. */
    private void remove(int slot) {
        int mask = keys.length - 1;
        int empty = slot;
        for (int next = (slot + 1) & mask; counts[next] != 0; next = (next + 1) & mask) {
            int home = home(keys[next], mask);
            // the entry at next may move to the empty slot if its home is not between the two
            boolean movable = empty <= next ? home <= empty || home > next : home <= empty && home > next;
            if (movable) {
                keys[empty] = keys[next];
                counts[empty] = counts[next];
                empty = next;
            }
        }
        keys[empty] = 0;
        counts[empty] = 0;
        size--;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldCounts[old] != 0) {
                int slot = slot(oldKeys[old], keys, counts);
                keys[slot] = oldKeys[old];
                counts[slot] = oldCounts[old];
            }
        }
    }

    /** The key's slot, or the empty slot where it would go. */
    private static int slot(long key, long[] keys, int[] counts) {
        int mask = keys.length - 1;
        int slot = home(key, mask);
        while (counts[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int home(long key, int mask) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }
}
