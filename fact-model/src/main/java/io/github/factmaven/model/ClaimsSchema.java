package io.github.factmaven.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of claims files, shipped in this jar as {@value #RESOURCE}.
 * Point a claims file's {@code "$schema"} at a copy of it to get validation and completion in an editor.
 */
public final class ClaimsSchema {

    /** Class-path location of the schema. */
    public static final String RESOURCE = "/io/github/factmaven/model/claims.schema.json";

    private static final Schema SCHEMA = load();

    private ClaimsSchema() {
    }

    /**
     * Validates a claims file's tree.
     *
     * @param document the parsed file
     * @return every violation, with instance locations as JSON pointers
     */
    static List<Error> validate(JsonNode document) {
        return SCHEMA.validate(document);
    }

    /**
     * Opens the schema text, for tools that want to copy or serve it.
     *
     * @return a stream the caller closes
     */
    public static InputStream open() {
        return ClaimsSchema.class.getResourceAsStream(RESOURCE);
    }

    private static Schema load() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = open()) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
