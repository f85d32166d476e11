package io.github.factmaven.validator.internal.cache;

/**
 * An open-addressing set of 128-bit keys, held in two arrays of longs: a million keys take 32 MB
 * where a set of objects would take several times that. The key (0, 0) is not allowed. Not
 * thread-safe.
 */
public final class KeySet {

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private int size;

    public boolean add(long keyHigh, long keyLow) {
        if (2 * (size + 1) > high.length) {
            grow();
        }
        int slot = slot(keyHigh, keyLow);
        if (high[slot] == 0 && low[slot] == 0) {
            high[slot] = keyHigh;
            low[slot] = keyLow;
            size++;
            return true;
        }
        return false;
    }

    public boolean contains(long keyHigh, long keyLow) {
        int slot = slot(keyHigh, keyLow);
        return high[slot] == keyHigh && low[slot] == keyLow && (keyHigh != 0 || keyLow != 0);
    }

    public int size() {
        return size;
    }

    /** Calls the consumer with every key. */
    public void forEach(KeyConsumer consumer) {
        for (int i = 0; i < high.length; i++) {
            if (high[i] != 0 || low[i] != 0) {
                consumer.accept(high[i], low[i]);
            }
        }
    }

    /** Receives a 128-bit key. */
    public interface KeyConsumer {
        void accept(long high, long low);
    }

    /**
     * Makes room for more keys at once: a table grown step by step as they are added places every
     * key again at each step.
     *
     * @param more how many keys are about to be added
     */
    public void reserve(int more) {
        int capacity = high.length;
        while (2 * ((long) size + more) > capacity) {
            capacity *= 2;
        }
        if (capacity > high.length) {
            resize(capacity);
        }
    }

    private void grow() {
        resize(high.length * 2);
    }

    private void resize(int capacity) {
        long[] oldHigh = high;
        long[] oldLow = low;
        high = new long[capacity];
        low = new long[capacity];
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                int slot = slot(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
            }
        }
    }

    private int slot(long keyHigh, long keyLow) {
        int mask = high.length - 1;
        int slot = (int) (((keyHigh ^ keyLow) * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while ((high[slot] != 0 || low[slot] != 0) && (high[slot] != keyHigh || low[slot] != keyLow)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
