package io.github.factmaven.validator.internal.source;

import io.github.factmaven.validator.api.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Sources a caller holds in memory, by the path claims cite them by; named {@code sources/<path>}
 * in messages, as a dataset on disk names them.
 */
public final class InMemorySources implements SourceStore {

    private final Map<String, byte[]> sources;

    /** @param sources each source's bytes by its path; copied, and listed in path order */
    public InMemorySources(Map<String, byte[]> sources) {
        this.sources = new TreeMap<>(sources);
    }

    @Override
    public List<String> list() {
        return List.copyOf(sources.keySet());
    }

    @Override
    public String displayName(String source) {
        return "sources/" + source;
    }

    @Override
    public RawSource raw(String source) throws SourceException {
        byte[] bytes = sources.get(source);
        if (bytes == null) {
            // worded as on disk: a check in memory diagnoses as a check of files does
            throw new SourceException(
                    Status.SOURCE_NOT_FOUND, "source file " + displayName(source) + " does not exist");
        }
        return new RawSource(displayName(source), bytes, Optional.empty());
    }

    @Override
    public boolean exists(String source) {
        return sources.containsKey(source);
    }
}
