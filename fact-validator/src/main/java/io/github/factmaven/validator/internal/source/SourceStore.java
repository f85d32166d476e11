package io.github.factmaven.validator.internal.source;

import java.util.List;

/**
 * Where a check finds the sources its claims cite: the sources folder of a dataset on disk
 * ({@link SourceFiles}), or texts a caller holds in memory ({@link InMemorySources}).
 */
public interface SourceStore {

    /** @return every source's path as claims cite it, in order */
    List<String> list();

    /**
     * @param source a claim's source
     * @return the source's name as messages show it, for example {@code sources/a.txt}
     */
    String displayName(String source);

    /**
     * @param source a claim's source
     * @return its bytes, read once, and how to read them
     * @throws SourceException saying why the source cannot be read
     */
    RawSource raw(String source) throws SourceException;

    /**
     * @param source a claim's source
     * @return its decoded text and the SHA-256 of its bytes
     * @throws SourceException saying why the source cannot be read or decoded
     */
    default LoadedSource load(String source) throws SourceException {
        return raw(source).decode();
    }

    /**
     * @param source a claim's source
     * @return what decides the source's text besides its bytes, such as how the registry says to
     *     read an HTML page; nothing where no registry says anything
     */
    default String textSettings(String source) {
        return "";
    }

    /**
     * @param source a path as a claim or the registry writes it
     * @return true if there is a source by that path
     * @throws SourceException if the path is not one a source may have
     */
    boolean exists(String source) throws SourceException;
}
