package io.github.factmaven.validator.internal.names;

import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.ObjIntConsumer;

/**
 * One text's names as the dataset's spelling variants read them, in passes: each spelling with its
 * count and the words written in lower case, then the places of the few spellings that turned out
 * to be variants. Names kept as bytes are read pass by pass without building the places of every
 * name, which no warning shows.
 */
public interface NameContribution {

    /** @return the names' {@linkplain NameIndex.SourceNames#digest() digest} */
    long digest();

    /** @param counted given each spelling and how many times the text writes it */
    void spellings(ObjIntConsumer<String> counted);

    /** @param word given the {@linkplain NameIndex#lowerCaseHash hash} of each word the text writes in lower case */
    void lowerCaseWords(LongConsumer word);

    /**
     * @param spellings the spellings whose places are asked for
     * @param placed    given each of them that the text writes, with its places there
     */
    void places(Set<String> spellings, BiConsumer<String, NamePlaces> placed);
}
