package io.github.factmaven.validator.internal.hash;

/** An open-addressing set of longs; 0 stands for itself through a flag. Not thread-safe. */
public final class LongSet {
    private long[] slots;
    private int size;
    private boolean hasZero;

    /** @param capacity a power of two */
    public LongSet(int capacity) {
        slots = new long[capacity];
    }

    /** @return true if the set did not hold the value */
    public boolean add(long value) {
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int slot = slot(value, slots);
        if (slots[slot] == 0) {
            slots[slot] = value;
            size++;
            return true;
        }
        return false;
    }

    /** @return true if the set holds no value */
    public boolean isEmpty() {
        return size == 0 && !hasZero;
    }

    public boolean contains(long value) {
        return value == 0 ? hasZero : slots[slot(value, slots)] == value;
    }

    /** @return every value, in no particular order */
    public long[] values() {
        long[] values = new long[size + (hasZero ? 1 : 0)];
        int at = 0;
        for (long value : slots) {
            if (value != 0) {
                values[at++] = value;
            }
        }
        return values;
    }

    public void addAll(LongSet other) {
        hasZero |= other.hasZero;
        for (long value : other.slots) {
            if (value != 0) {
                add(value);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long value : old) {
            if (value != 0) {
                slots[slot(value, slots)] = value;
            }
        }
    }

    private static int slot(long value, long[] slots) {
        int mask = slots.length - 1;
        int slot = (int) ((value * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (slots[slot] != 0 && slots[slot] != value) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
