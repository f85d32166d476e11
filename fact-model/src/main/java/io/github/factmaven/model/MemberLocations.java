package io.github.factmaven.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Where each member of a claim starts, held as line and column numbers in a block of an array that
 * many claims share, instead of a map of location objects: a million claims are read into a
 * fraction of the memory, with no array of their own. Immutable; iterates in the order of
 * {@link #MEMBERS}.
 */
final class MemberLocations extends AbstractMap<String, Location> {

    /** Every member a claim may have, in the order the array holds them. */
    static final List<String> MEMBERS =
            List.of("id", "statement", "quote", "source", "offset", "outlet", "prefix", "suffix");

    /** Ints a claim takes in a block: a line and a column per member. */
    static final int WIDTH = 2 * MEMBERS.size();

    private final String file;
    /** From {@link #base} on, line and column of each member of {@link #MEMBERS}, 0 for a member not written. */
    private final int[] positions;

    private final int base;
    /** Where the claim's entry starts in the file's bytes; -1 if it was read from chars. */
    private final long entry;

    /**
     * @param file      the claims file's name, as in {@link Location#file()}
     * @param positions a block holding, from {@code base} on, line and column of each member of
     *                  {@link #MEMBERS}, 0 and 0 where absent; its {@link #WIDTH} ints from
     *                  {@code base} are never written again
     * @param base      where this claim's positions start in the block
     * @param entry     where the claim's entry starts in the file's bytes, -1 if not known
     */
    MemberLocations(String file, int[] positions, int base, long entry) {
        this.file = file;
        this.positions = positions;
        this.base = base;
        this.entry = entry;
    }

    /** @return where the claim's entry starts in the file's bytes, -1 if not known */
    long entry() {
        return entry;
    }

    @Override
    public Location get(Object member) {
        int index = MEMBERS.indexOf(member);
        return index < 0 || positions[base + 2 * index] == 0
                ? null
                : new Location(file, positions[base + 2 * index], positions[base + 2 * index + 1]);
    }

    @Override
    public boolean containsKey(Object member) {
        return get(member) != null;
    }

    @Override
    public Set<Entry<String, Location>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Location>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int index = from;
                        while (index < MEMBERS.size() && positions[base + 2 * index] == 0) {
                            index++;
                        }
                        return index;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < MEMBERS.size();
                    }

                    @Override
                    public Entry<String, Location> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String member = MEMBERS.get(next);
                        Entry<String, Location> entry = Map.entry(member, get(member));
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                int size = 0;
                for (int i = 0; i < WIDTH; i += 2) {
                    size += positions[base + i] == 0 ? 0 : 1;
                }
                return size;
            }
        };
    }
}
