package io.github.factmaven.plugin;

import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.AnnotationExporter;
import io.github.factmaven.validator.api.Dataset;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports the dataset's claims as W3C Web Annotations: one {@code AnnotationPage} in JSON-LD, a
 * {@code TextQuoteSelector} and a {@code TextPositionSelector} (code points) per claim on its
 * source's url, and the statement as the body. {@code fact:import} reads it back to the same claims.
 */
@Mojo(name = "export", threadSafe = true)
public class ExportMojo extends AbstractDatasetMojo {

    /** Where to write the annotation page. */
    @Parameter(property = "fact.exportFile", defaultValue = "${project.build.directory}/fact-check/annotations.jsonld")
    private File exportFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped("Fact export")) {
            return;
        }
        Dataset dataset = dataset();
        if (!Files.isDirectory(dataset.claimsDirectory())) {
            getLog().info("Fact export: nothing to export: there is no claims directory "
                    + dataset.displayName(dataset.claimsDirectory()));
            return;
        }
        String target = dataset.displayName(exportFile.toPath());
        AnnotationExporter.Export export;
        try {
            export = new AnnotationExporter().export(dataset);
            export.write(exportFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Fact export failed: " + e.getMessage(), e);
        }
        for (Problem problem : export.notExported()) {
            getLog().warn(problem.location() + ": not exported: " + problem.message());
        }
        getLog().info("Fact export: " + export.annotations() + " claims written as W3C Web Annotations to " + target
                + (export.notExported().isEmpty()
                        ? ""
                        : "; " + export.notExported().size() + " left out"));
    }
}
