package org.rhetorica.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Walking input folders: one unreadable subfolder costs only itself, and files are named relative to the input. */
class FolderWalkTest {
    @TempDir
    Path folder;

    @Test
    void aSubfolderThatCannotBeListedIsReportedAndTheRestIsRead() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "The ferry runs again.", StandardCharsets.UTF_8);
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Hidden away.", StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(corpus.resolve("open")).resolve("c.txt"), "The market is open.",
                StandardCharsets.UTF_8);
        List<InputFailure> failures = new ArrayList<>();
        FolderWalk walk = new FolderWalk(corpus, "corpus", failures::add);

        // As the file system reports a folder it may not open (root may open every folder, so this is
        // how the walk is told on any machine).
        walk.visitFileFailed(locked, new AccessDeniedException(locked.toString()));

        assertEquals(List.of(new InputFailure("corpus/locked", "cannot list folder: permission denied")), failures);
    }

    @Test
    void aLockedSubfolderOnDiskCostsOnlyItself() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "The ferry runs again.", StandardCharsets.UTF_8);
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "Hidden away.", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("z.txt"), "The market is open.", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(locked), "the user running the tests may read any folder (root)");
            List<InputFailure> failures = new ArrayList<>();
            List<InputFile> files = FolderWalk.files(corpus, "corpus", failures::add);
            assertEquals(List.of("corpus/a.txt", "corpus/z.txt"), files.stream().map(InputFile::display).toList());
            assertEquals(List.of(new InputFailure("corpus/locked", "cannot list folder: permission denied")), failures);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void filesAreNamedBelowTheInputAsGivenNeverByAnAbsolutePath() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("corpus"));
        Files.writeString(Files.createDirectories(corpus.resolve("2024")).resolve("a.txt"), "The ferry runs again.",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve(".draft.txt"), "Not ready.", StandardCharsets.UTF_8);
        Ingest ingest = new Ingest(IngestOptions.defaults());
        List<InputFile> files = ingest.discover(List.of(corpus.toString()), failure -> {
            throw new AssertionError(failure);
        });
        assertEquals(List.of("corpus/2024/a.txt"), files.stream().map(InputFile::display).toList());
        assertEquals(List.of("2024/a"), files.stream().map(InputFile::idBase).toList());
        assertEquals(List.of("a.txt"), ingest.discover(List.of(corpus.resolve("2024/a.txt").toString()), f -> {})
                .stream().map(InputFile::display).toList());
    }

    @Test
    void aFileThatCannotBeOpenedSaysWhy() {
        assertEquals("permission denied", IoReason.of(new AccessDeniedException("/data/a.txt")));
        assertEquals("Is a directory", IoReason.of(new java.nio.file.FileSystemException("/data/a", null, "Is a directory")));
    }
}
