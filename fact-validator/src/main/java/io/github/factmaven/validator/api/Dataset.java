package io.github.factmaven.validator.api;

import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.model.SourceRegistryReader;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Where a dataset lives: its claims files, its source files, and the directory that paths in
 * messages are relative to (the project directory).
 *
 * @param baseDirectory    the directory messages name files relative to
 * @param claimsDirectory  holds the claims files: every {@code *.json} below it, recursively
 * @param sourcesDirectory holds the source files that claims cite
 */
public record Dataset(Path baseDirectory, Path claimsDirectory, Path sourcesDirectory) {

    /**
     * Makes the paths absolute and normal, so that names and containment checks are reliable.
     *
     * @param baseDirectory the directory messages name files relative to
     * @param claimsDirectory holds the claims files: every {@code *.json} below it, recursively
     * @param sourcesDirectory holds the source files that claims cite
     */
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
     * @see #listClaimsFiles()
     */
    public List<Path> claimsFiles() throws IOException {
        return listClaimsFiles().files();
    }

    /**
     * Lists the claims files, and says what could not be listed: a claims file can never drop out
     * of a check without a word. Symbolic links are followed, to files and to folders alike.
     *
     * @return every {@code *.json} file below the claims directory, ordered by path, and a problem
     *         for each link that leads nowhere or in a loop, each folder that cannot be read, and
     *         each {@code *.json} that is not a regular file
     * @throws IOException if the claims directory does not exist or cannot be listed
     */
    public ClaimsListing listClaimsFiles() throws IOException {
        if (!Files.isDirectory(claimsDirectory)) {
            throw new IOException("claims directory " + displayName(claimsDirectory) + " does not exist");
        }
        ClaimsWalk walk = new ClaimsWalk();
        // the walk starts where a link leads; files are named by the directory as the user wrote it
        Path real = claimsDirectory.toRealPath();
        Files.walkFileTree(real, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        List<Path> files = walk.files.stream()
                .map(file -> claimsDirectory.resolve(real.relativize(file)))
                .sorted(Comparator.comparing(this::displayName))
                .toList();
        List<Problem> problems = walk.problems.stream()
                .map(problem -> new Problem(
                        new Location(displayName(claimsDirectory.resolve(real.relativize(problem.path()))), 1, 1),
                        problem.message()))
                .sorted(Comparator.comparing(problem -> problem.location().file()))
                .toList();
        return new ClaimsListing(files, problems);
    }

    /**
     * The claims files of a dataset.
     *
     * @param files    every claims file, ordered by path
     * @param problems what could not be listed, each at the path it concerns
     */
    public record ClaimsListing(List<Path> files, List<Problem> problems) {
        /**
         * Copies the lists.
         *
         * @param files    every claims file, ordered by path
         * @param problems what could not be listed, each at the path it concerns
         */
        public ClaimsListing {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Collects the claims files and what stood in the way of a walk. */
    private static final class ClaimsWalk extends SimpleFileVisitor<Path> {
        private record Unlisted(Path path, String message) {}

        private final List<Path> files = new ArrayList<>();
        private final List<Unlisted> problems = new ArrayList<>();

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!file.getFileName().toString().endsWith(".json")) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.isRegularFile()) {
                files.add(file);
            } else if (attributes.isSymbolicLink()) {
                problems.add(new Unlisted(
                        file,
                        "cannot read the claims file: it is a symbolic link to " + linkTarget(file)
                                + ", which does not exist"));
            } else {
                problems.add(new Unlisted(
                        file,
                        "cannot read the claims file: it is not a regular file but a "
                                + "special file (a named pipe, a socket or a device)"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(new Unlisted(
                    file,
                    e instanceof FileSystemLoopException
                            ? "cannot list the folder: it is a symbolic link that leads back into a folder above it"
                            : e instanceof AccessDeniedException
                                    ? "cannot list the folder: permission denied, so the claims files in it are not checked"
                                    : "cannot list: " + e));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path directory, IOException e) {
            if (e != null) {
                problems.add(new Unlisted(
                        directory,
                        "cannot list the whole folder, so some claims files in it may " + "not be checked: " + e));
            }
            return FileVisitResult.CONTINUE;
        }

        private static String linkTarget(Path link) {
            try {
                return "\"" + Files.readSymbolicLink(link) + "\"";
            } catch (IOException e) {
                return "a path that cannot be read";
            }
        }
    }

    /**
     * @return the sources registry: {@value SourceRegistry#FILE_NAME} in the sources directory
     */
    public Path registryFile() {
        return sourcesDirectory.resolve(SourceRegistry.FILE_NAME);
    }

    /**
     * Reads the sources registry, if the dataset has one.
     *
     * @return the registry with its problems, as {@link SourceRegistryReader} reads it; empty when
     *     there is no {@link #registryFile()}
     */
    public Optional<SourceRegistry> registry() {
        Path file = registryFile();
        return Files.exists(file)
                ? Optional.of(new SourceRegistryReader().read(file, displayName(file)))
                : Optional.empty();
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
