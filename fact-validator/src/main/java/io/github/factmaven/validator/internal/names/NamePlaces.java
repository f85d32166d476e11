package io.github.factmaven.validator.internal.names;

import io.github.factmaven.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where one spelling is written: how many times, and the first few places in text order. A name can
 * occur millions of times in a large dataset; a warning shows a few places and the count, so only
 * those are kept. Not thread-safe.
 */
public final class NamePlaces {

    /** Places listed per spelling in a warning. */
    static final int KEPT = 5;

    /**
     * Places by file, line and column. Written out rather than chained with {@code thenComparing}:
     * every such chain in the JVM, Maven's too, runs the same lambda of {@link Comparator}, which
     * the JIT then compiles for all of them at once, for a second of CPU in a cold check of 100,000
     * claims, as a name's places are compared millions of times.
     */
    static final Comparator<Location> IN_TEXT_ORDER = NamePlaces::inTextOrder;

    private static int inTextOrder(Location one, Location other) {
        int byFile = one.file().compareTo(other.file());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(one.line(), other.line());
        return byLine != 0 ? byLine : Integer.compare(one.column(), other.column());
    }

    private final List<Location> first = new ArrayList<>(KEPT + 1);
    private int count;

    public NamePlaces() {}

    /** Places as {@link #count()} and {@link #first()} gave them, read back from a cache. */
    public NamePlaces(int count, List<Location> first) {
        this.first.addAll(first);
        this.count = count;
    }

    void add(Location place) {
        count++;
        // a quote that names it twice is one place
        if (first.size() == KEPT && IN_TEXT_ORDER.compare(place, first.get(KEPT - 1)) >= 0 || first.contains(place)) {
            return;
        }
        int at = first.size();
        while (at > 0 && IN_TEXT_ORDER.compare(place, first.get(at - 1)) < 0) {
            at--;
        }
        first.add(at, place);
        if (first.size() > KEPT) {
            first.remove(KEPT);
        }
    }

    /** @return true if {@value #KEPT} places are kept */
    boolean isFull() {
        return first.size() == KEPT;
    }

    /** Counts one more place, after every place kept. */
    void countLater() {
        count++;
    }

    /**
     * Counts another's places in: the count is the sum, the places kept the first in text order.
     *
     * @param other places of the same spelling elsewhere
     */
    public void addAll(NamePlaces other) {
        other.first.forEach(this::add);
        count += other.count - other.first.size();
    }

    /** @return how many times the spelling is written */
    public int count() {
        return count;
    }

    /** @return the first {@value #KEPT} places at most, in text order */
    public List<Location> first() {
        return List.copyOf(first);
    }
}
