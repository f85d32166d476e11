package io.github.factmaven.validator.api;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.AnnotationImporter;
import java.util.List;

/**
 * What {@link AnnotationImporter} made of annotation files.
 *
 * @param claims one claim per annotation that could be imported, in the order the files hold them
 * @param notImported each annotation, or file, that could not, where it is written and why
 * @param annotations how many annotations the files hold, imported or not
 */
public record ImportResult(List<Claim> claims, List<Problem> notImported, int annotations) {

    /**
     * Copies the lists.
     *
     * @param claims one claim per annotation that could be imported, in the order the files hold them
     * @param notImported each annotation, or file, that could not, where it is written and why
     * @param annotations how many annotations the files hold, imported or not
     */
    public ImportResult {
        claims = List.copyOf(claims);
        notImported = List.copyOf(notImported);
    }
}
