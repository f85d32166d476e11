package io.github.factmaven.model;

import com.networknt.schema.Schema;
import java.io.InputStream;

/**
 * The JSON Schema (draft 2020-12) of the sources registry, shipped in this jar as {@value #RESOURCE}.
 */
public final class SourcesSchema {

    /** Class-path location of the schema. */
    public static final String RESOURCE = "/io/github/factmaven/model/sources.schema.json";

    static final Schema SCHEMA = SchemaCheckedJson.loadSchema(RESOURCE);

    private SourcesSchema() {}

    /**
     * Opens the schema text, for tools that want to copy or serve it.
     *
     * @return a stream the caller closes
     */
    public static InputStream open() {
        return SourcesSchema.class.getResourceAsStream(RESOURCE);
    }
}
