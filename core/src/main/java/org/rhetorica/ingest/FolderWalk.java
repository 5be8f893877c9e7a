package org.rhetorica.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks an input folder for its files, in name order, skipping hidden files and folders. A subfolder
 * or file that cannot be opened is reported and left out; the walk goes on with the rest, so one
 * unreadable subfolder never costs the others.
 */
final class FolderWalk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final String shown;
    private final Consumer<InputFailure> failures;
    private final List<InputFile> files = new ArrayList<>();

    FolderWalk(Path root, String shown, Consumer<InputFailure> failures) {
        this.root = root;
        this.shown = shown;
        this.failures = failures;
    }

    /**
     * The files under {@code root}.
     *
     * @param shown how reports name the folder; its files are named below it
     */
    static List<InputFile> files(Path root, String shown, Consumer<InputFailure> failures) {
        FolderWalk walk = new FolderWalk(root, shown, failures);
        try {
            Files.walkFileTree(root, walk);
        } catch (IOException e) {
            failures.accept(new InputFailure(shown, "cannot list folder: " + IoReason.of(e)));
        }
        walk.files.sort((a, b) -> a.path().compareTo(b.path()));
        return walk.files;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        boolean linkedFile = attributes.isSymbolicLink() && Files.isRegularFile(file);
        if ((attributes.isRegularFile() || linkedFile) && !isHidden(file)) {
            Path relative = root.relativize(file);
            files.add(new InputFile(file, name(relative), Ingest.idBase(relative)));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        String what = Files.isDirectory(file) ? "cannot list folder: " : "cannot read: ";
        failures.accept(new InputFailure(name(root.relativize(file)), what + IoReason.of(e)));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
            failures.accept(new InputFailure(name(root.relativize(dir)), "cannot list folder: " + IoReason.of(e)));
        }
        return FileVisitResult.CONTINUE;
    }

    private String name(Path relative) {
        String below = relative.toString().replace('\\', '/');
        if (below.isEmpty()) {
            return shown;
        }
        return shown.endsWith("/") ? shown + below : shown + "/" + below;
    }

    private boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
