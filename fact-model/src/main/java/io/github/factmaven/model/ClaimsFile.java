package io.github.factmaven.model;

import java.util.List;

/**
 * What reading one claims file produced. Reading never throws for bad content: a file that is not
 * JSON has a problem and no claims; a file with some bad entries keeps its good ones.
 *
 * @param name          the file's path as shown to users
 * @param claims        the well-formed claims, in file order
 * @param invalidClaims the entries that violate the schema, in file order
 * @param problems      problems of the file as a whole (unreadable, invalid UTF-8, malformed
 *                      JSON, wrong top-level structure)
 */
public record ClaimsFile(
        String name, List<LocatedClaim> claims, List<InvalidClaim> invalidClaims, List<Problem> problems) {

    /**
     * Makes immutable copies of the lists.
     *
     * @param name the file's path as shown to users
     * @param claims the well-formed claims, in file order
     * @param invalidClaims the entries that violate the schema, in file order
     * @param problems problems of the file as a whole (unreadable, invalid UTF-8, malformed JSON, wrong top-level structure)
     */
    public ClaimsFile {
        claims = List.copyOf(claims);
        invalidClaims = List.copyOf(invalidClaims);
        problems = List.copyOf(problems);
    }
}
