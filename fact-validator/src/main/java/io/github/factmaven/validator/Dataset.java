package io.github.factmaven.validator;

import io.github.factmaven.model.SourceRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a dataset lives: its claims files, its source files, and the directory that paths in
 * messages are relative to (the project directory).
 *
 * @param baseDirectory    the directory messages name files relative to
 * @param claimsDirectory  holds the claims files: every {@code *.json} below it, recursively
 * @param sourcesDirectory holds the source files that claims cite
 */
public record Dataset(Path baseDirectory, Path claimsDirectory, Path sourcesDirectory) {

    /** Makes the paths absolute and normal, so that names and containment checks are reliable. */
    public Dataset {
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        claimsDirectory = claimsDirectory.toAbsolutePath().normalize();
        sourcesDirectory = sourcesDirectory.toAbsolutePath().normalize();
    }

    /**
     * The conventional layout: {@code claims/} and {@code sources/} inside a project directory.
     *
     * @param projectDirectory the dataset project's directory
     * @return the dataset
     */
    public static Dataset inDirectory(Path projectDirectory) {
        return new Dataset(projectDirectory, projectDirectory.resolve("claims"), projectDirectory.resolve("sources"));
    }

    /**
     * Lists the claims files.
     *
     * @return every {@code *.json} file below the claims directory, ordered by path
     * @throws IOException if the claims directory does not exist or cannot be listed
     */
    public List<Path> claimsFiles() throws IOException {
        if (!Files.isDirectory(claimsDirectory)) {
            throw new IOException("claims directory " + displayName(claimsDirectory) + " does not exist");
        }
        // a walk does not enter a directory that is itself a link, so walk where it leads, and name
        // the files by the link as the user wrote it
        Path real = claimsDirectory.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .map(file -> claimsDirectory.resolve(real.relativize(file)))
                    .sorted(Comparator.comparing(this::displayName))
                    .toList();
        }
    }

    /**
     * @return the sources registry: {@value SourceRegistry#FILE_NAME} in the sources directory
     */
    public Path registryFile() {
        return sourcesDirectory.resolve(SourceRegistry.FILE_NAME);
    }

    /**
     * Names a file as messages show it.
     *
     * @param file a file, usually inside the base directory
     * @return its path relative to the base directory, {@code /}-separated; absolute if outside
     */
    public String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
