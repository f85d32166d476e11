package io.github.factmaven.validator.internal.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.model.Location;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {

    /** An annotation's text often holds emoji: a member after one on its line is placed in code points. */
    @Test
    void columnsCountCodePoints() throws LocatedJson.MalformedJsonException {
        String text = "{\"text\": \"😀 𝕏\", \"uri\": \"https://example.org/\"}";

        LocatedJson root = LocatedJson.parse(text, "annotations.json");

        @SuppressWarnings("unchecked")
        Map<String, LocatedJson> members = (Map<String, LocatedJson>) root.value();
        int column = text.codePointCount(0, text.indexOf("\"https")) + 1;
        assertEquals(
                new Location("annotations.json", 1, column), members.get("uri").location());
    }
}
