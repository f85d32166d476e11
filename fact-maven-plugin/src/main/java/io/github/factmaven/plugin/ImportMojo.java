package io.github.factmaven.plugin;

import io.github.factmaven.model.ClaimsFileWriter;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.AnnotationImporter;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ImportResult;
import io.github.factmaven.validator.report.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports web annotations as claims: W3C Web Annotation files (an {@code Annotation}, an
 * {@code AnnotationPage}, an {@code AnnotationCollection}) and Hypothesis API search results. Each
 * annotation with a {@code TextQuoteSelector} on a source whose {@code url} the registry records
 * becomes a claim (quote, context and offset from its selectors, statement from its comment,
 * outlet from the registry, id from the annotation's id); every other is listed with its reason.
 * The claims file is written atomically, and an existing one is not overwritten unless asked.
 * Claims without a position get their offset from {@code mvn fact:fix}.
 */
@Mojo(name = "import", threadSafe = true)
public class ImportMojo extends AbstractDatasetMojo {

    /** The annotation files to import, comma-separated, relative to the project directory. */
    @Parameter(property = "fact.annotations")
    private List<String> annotations;

    /** The claims file to write the imported claims to. */
    @Parameter(property = "fact.importTo", defaultValue = "${project.basedir}/claims/annotations.json")
    private File importTo;

    /** Replaces the claims file if it exists; otherwise the goal fails and leaves it as it is. */
    @Parameter(property = "fact.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Fact import")) {
            return;
        }
        if (annotations == null || annotations.stream().allMatch(String::isBlank)) {
            throw new MojoExecutionException("fact.annotations: name the annotation files to import,"
                    + " for example -Dfact.annotations=hypothesis.json,page.jsonld");
        }
        Dataset dataset = dataset();
        Path target = importTo.toPath();
        String targetName = dataset.displayName(target);
        if (!target.getFileName().toString().endsWith(".json")) {
            throw new MojoExecutionException(
                    "fact.importTo: " + targetName + " is no claims file: the check reads only *.json files");
        }
        if (Files.exists(target) && !overwrite) {
            throw new MojoFailureException("Fact import: " + targetName + " exists and is left as it is;"
                    + " import to another file (-Dfact.importTo=claims/other.json) or replace it"
                    + " (-Dfact.overwrite=true)");
        }
        List<Path> files = annotations.stream()
                .filter(name -> !name.isBlank())
                .map(name -> dataset.baseDirectory().resolve(name.strip()))
                .toList();
        ImportResult result = new AnnotationImporter().read(dataset, files);
        for (Problem problem : result.notImported()) {
            getLog().warn(problem.location() + ": not imported: " + problem.message());
        }
        if (result.claims().isEmpty()) {
            throw new MojoFailureException("Fact import: none of the " + result.annotations()
                    + " annotations could be imported (see the warnings above); nothing was written");
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            new ClaimsFileWriter().write(result.claims(), target);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + targetName + ": " + e.getMessage(), e);
        }
        long withoutOffset = result.claims().stream()
                .filter(claim -> claim.offset().isEmpty())
                .count();
        getLog().info("Fact import: " + ConsoleReport.count(result.claims().size(), "claim")
                + " of " + ConsoleReport.count(result.annotations(), "annotation")
                + " written to " + targetName + "; " + result.notImported().size() + " not imported"
                + (withoutOffset == 0
                        ? ""
                        : "; " + withoutOffset + " without a position: run mvn fact:fix to fill in "
                                + (withoutOffset == 1 ? "its offset" : "their offsets")));
    }
}
