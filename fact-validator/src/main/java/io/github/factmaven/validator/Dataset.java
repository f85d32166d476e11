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
        // named by the directory as the user wrote it, even if it is a link
        return filesBelow(claimsDirectory).stream()
                .filter(file -> file.getFileName().toString().endsWith(".json"))
                .map(claimsDirectory::resolve)
                .sorted(Comparator.comparing(this::displayName))
                .toList();
    }

    /**
     * Every regular file below a directory. A walk does not enter a start directory that is itself
     * a symbolic link, so this walks where the link leads.
     *
     * @param directory the directory
     * @return the files, relative to the directory
     * @throws IOException if the directory cannot be resolved or walked
     */
    static List<Path> filesBelow(Path directory) throws IOException {
        Path real = directory.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            return files.filter(Files::isRegularFile).map(real::relativize).toList();
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
