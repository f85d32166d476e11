package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.internal.hash.LongSet;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.names.NamePlaces;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the names of a text (a source, or a claims file's quotes) and reads them back. Their places
 * are all in that text's file, so each is written as its line and column only.
 */
final class NamesFormat {

    private NamesFormat() {}

    static void write(DataOutputStream out, NameIndex.SourceNames found) throws IOException {
        out.writeInt(found.names().size());
        for (Map.Entry<String, NamePlaces> name : found.names().entrySet()) {
            out.writeUTF(name.getKey());
            out.writeInt(name.getValue().count());
            List<Location> first = name.getValue().first();
            out.writeByte(first.size());
            for (Location place : first) {
                out.writeInt(place.line());
                out.writeInt(place.column());
            }
        }
        long[] lowercase = found.lowercase().values();
        out.writeInt(lowercase.length);
        for (long hash : lowercase) {
            out.writeLong(hash);
        }
    }

    /**
     * @param file  the file the places are in
     * @param bound no count read may be larger: the size of what is read, so that a damaged count
     *              cannot ask for gigabytes
     */
    static NameIndex.SourceNames read(DataInputStream in, String file, long bound) throws IOException {
        Map<String, NamePlaces> found = new HashMap<>();
        for (int i = count(in, bound); i > 0; i--) {
            String spelling = in.readUTF();
            int count = in.readInt();
            List<Location> first = new ArrayList<>();
            for (int k = in.readByte(); k > 0; k--) {
                first.add(new Location(file, in.readInt(), in.readInt()));
            }
            found.put(spelling, new NamePlaces(count, first));
        }
        int lowercase = count(in, bound);
        LongSet hashes = new LongSet(Integer.highestOneBit(Math.max(8, lowercase * 2)) << 1);
        for (int i = 0; i < lowercase; i++) {
            hashes.add(in.readLong());
        }
        return new NameIndex.SourceNames(found, hashes);
    }

    private static int count(DataInputStream in, long bound) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > bound) {
            throw new IOException("a count of " + count + " in a file of " + bound + " bytes");
        }
        return count;
    }
}
