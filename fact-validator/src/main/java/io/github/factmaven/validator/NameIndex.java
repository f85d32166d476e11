package io.github.factmaven.validator;

import io.github.factmaven.model.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The capitalized words of a dataset's sources and quotes, each spelling with every place it is
 * written: the raw material of the spelling-variant search. Also remembers which words occur in
 * lower case, since a word written in lower case somewhere ("minister", "there") is a common word
 * and not a name. Sources can be added from several threads.
 */
final class NameIndex {

    /** Shorter words are too often different words that happen to look alike. */
    static final int MIN_LENGTH = 4;

    private final Map<String, List<Location>> names = new HashMap<>();
    private final Set<String> lowercase = new HashSet<>();
    private final Set<String> sources = new HashSet<>();

    /**
     * Adds every name of a text. Lines end at LF, CRLF or CR, and columns count code points from 1,
     * as everywhere else in messages.
     *
     * @param file the text's file, as messages show it; a file added before is not added again
     * @param text the text
     */
    void addSource(String file, String text) {
        synchronized (this) {
            if (!sources.add(file)) {
                return;
            }
        }
        Map<String, List<Location>> found = new HashMap<>();
        Set<String> lower = new HashSet<>();
        int line = 1;
        int lineStart = 0;
        int columnOffset = 0; // code points before lineStart's column 1 that are surrogate pairs
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
                columnOffset = 0;
                i++;
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                columnOffset++;
                i += 2;
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (isName(word)) {
                found.computeIfAbsent(word, w -> new ArrayList<>())
                        .add(new Location(file, line, start - lineStart - columnOffset + 1));
            } else if (Character.isLowerCase(c)) {
                lower.add(word);
            }
        }
        merge(found, lower);
    }

    /**
     * Adds the names of a quote, all placed at the quote's location in its claims file.
     *
     * @param quote    the quote
     * @param location where the quote is written
     */
    void addQuote(String quote, Location location) {
        Map<String, List<Location>> found = new HashMap<>();
        Set<String> lower = new HashSet<>();
        for (String word : quote.split("[^\\p{L}]+")) {
            if (isName(word)) {
                found.computeIfAbsent(word, w -> new ArrayList<>()).add(location);
            } else if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                lower.add(word);
            }
        }
        merge(found, lower);
    }

    /** @return every name spelling with its places, in the order they were added per source */
    synchronized Map<String, List<Location>> names() {
        return Map.copyOf(names);
    }

    /**
     * @param name a capitalized word
     * @return true if the word also occurs in lower case, as common words do
     */
    synchronized boolean occursInLowerCase(String name) {
        return lowercase.contains(name.toLowerCase(Locale.ROOT));
    }

    private synchronized void merge(Map<String, List<Location>> found, Set<String> lower) {
        found.forEach((word, places) -> names.computeIfAbsent(word, w -> new ArrayList<>()).addAll(places));
        lowercase.addAll(lower);
    }

    /** A capitalized word, not an acronym or a shouted heading: "Kopyrkin", not "CREDIT". */
    private static boolean isName(String word) {
        if (word.length() < MIN_LENGTH || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
