package io.github.factmaven.model;

import com.networknt.schema.Schema;
import java.io.InputStream;

/**
 * The JSON Schema (draft 2020-12) of claims files, shipped in this jar as {@value #RESOURCE}.
 * Point a claims file's {@code "$schema"} at a copy of it to get validation and completion in an editor.
 */
public final class ClaimsSchema {

    /** The schema's {@code $id}: what a claims file's {@code "$schema"} names when no local copy is at hand. */
    public static final String ID = "https://factmaven.github.io/fact-maven/schemas/claims-1.schema.json";

    /** Class-path location of the schema. */
    public static final String RESOURCE = "/io/github/factmaven/model/claims.schema.json";

    static final Schema SCHEMA = SchemaCheckedJson.loadSchema(RESOURCE);

    private ClaimsSchema() {}

    /**
     * Opens the schema text, for tools that want to copy or serve it.
     *
     * @return a stream the caller closes
     */
    public static InputStream open() {
        return ClaimsSchema.class.getResourceAsStream(RESOURCE);
    }
}
