package io.github.factmaven.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The commit a repository's working tree is at, read from its {@code .git} files: what the HTML
 * report names as the state of the dataset checked. No git command is run.
 */
final class GitCommit {

    private GitCommit() {}

    /**
     * @param root a repository's root, the folder that holds {@code .git}
     * @return the abbreviated id of the commit checked out, if it can be read
     */
    static Optional<String> of(Path root) {
        try {
            Path git = gitDirectory(root.resolve(".git"));
            String head = Files.readString(git.resolve("HEAD"), StandardCharsets.UTF_8)
                    .strip();
            String id = head.startsWith("ref: ") ? resolve(git, head.substring("ref: ".length())) : head;
            return id != null && id.matches("[0-9a-f]{40,64}") ? Optional.of(id.substring(0, 12)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A worktree or a submodule has a file {@code .git} that says where its git folder is. */
    private static Path gitDirectory(Path dotGit) throws IOException {
        if (Files.isRegularFile(dotGit)) {
            String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (pointer.startsWith("gitdir: ")) {
                return dotGit.getParent().resolve(pointer.substring("gitdir: ".length()));
            }
        }
        return dotGit;
    }

    private static String resolve(Path git, String ref) throws IOException {
        Path loose = git.resolve(ref);
        if (Files.isRegularFile(loose)) {
            return Files.readString(loose, StandardCharsets.UTF_8).strip();
        }
        // a worktree's refs live in the common folder; packed refs in one file
        Path common = Files.isRegularFile(git.resolve("commondir"))
                ? git.resolve(Files.readString(git.resolve("commondir"), StandardCharsets.UTF_8)
                        .strip())
                : git;
        if (Files.isRegularFile(common.resolve(ref))) {
            return Files.readString(common.resolve(ref), StandardCharsets.UTF_8).strip();
        }
        Path packed = common.resolve("packed-refs");
        if (Files.isRegularFile(packed)) {
            List<String> lines = Files.readAllLines(packed, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.endsWith(" " + ref)) {
                    return line.substring(0, line.indexOf(' '));
                }
            }
        }
        return null;
    }
}
