package org.rhetorica.train.heads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rhetorica.io.AtomicFiles;
import org.rhetorica.io.Hashes;

/** The facts about a training run that go into every model's provenance besides data and scores. */
public final class TrainingRecord {
    private TrainingRecord() {}

    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The git commit of the working tree, with "+changes" when it differs from that commit; "unknown" outside git. */
    public static String codeVersion() {
        String commit = git("rev-parse", "--short=12", "HEAD");
        if (commit == null) {
            return "unknown";
        }
        String changes = git("status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? commit : commit + "+changes";
    }

    private static String git(String... arguments) {
        try {
            Process process = new ProcessBuilder(concat("git", arguments)).redirectErrorStream(true).start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            return process.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static List<String> concat(String first, String[] rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all;
    }

    /** Versions of Java and of the libraries that train and run heads. */
    public static Map<String, String> libraries() {
        Map<String, String> versions = new TreeMap<>();
        versions.put("java", System.getProperty("java.version"));
        versions.put("djl", ai.djl.engine.Engine.getInstance().getEngineName() + " "
                + ai.djl.engine.Engine.getInstance().getVersion());
        versions.put("onnxruntime", ai.onnxruntime.OrtEnvironment.getEnvironment().getVersion());
        return versions;
    }

    /** SHA-256 over the names and contents of the files, in the order given: changes whenever the data does. */
    public static String fingerprint(List<Path> files) {
        try {
            MessageDigest digest = Hashes.digest();
            for (Path file : files) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read training file", e);
        }
    }

    /** Writes a model file whole or not at all. */
    public static void writeModel(Path file, byte[] bytes) {
        try {
            AtomicFiles.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + file, e);
        }
    }
}
