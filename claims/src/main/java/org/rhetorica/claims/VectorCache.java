package org.rhetorica.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.rhetorica.io.AtomicFiles;
import org.rhetorica.io.Hashes;

/**
 * Text vectors kept on disk between runs, so that a list of known claims is embedded once, not on
 * every run: one file per list of texts and encoder, named by a SHA-256 of both, holding the vectors
 * as little-endian floats. A file that cannot be read is computed again. Thread-safe (files are
 * written whole or not at all).
 */
public final class VectorCache {
    private final Path folder;

    public VectorCache(Path folder) {
        this.folder = folder;
    }

    /** The cache folder of this user: {@code $XDG_CACHE_HOME/rhetorica/vectors}, else {@code ~/.cache/rhetorica/vectors}. */
    public static Path defaultFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("rhetorica").resolve("vectors");
    }

    /** The vectors of {@code texts} as {@code vectors} makes them, from the cache or made now and kept. */
    public float[][] vectors(TextVectors vectors, List<String> texts) {
        Path file = folder.resolve(key(vectors.id(), texts) + ".f32");
        float[][] cached = read(file, texts.size());
        if (cached != null) {
            return cached;
        }
        float[][] made = vectors.embed(texts);
        write(file, made);
        return made;
    }

    /**
     * {@code vectors} with every list of texts it embeds kept here, for lists met again (training,
     * evaluation); texts embedded with their parts are not kept.
     */
    public TextVectors cached(TextVectors vectors) {
        VectorCache cache = this;
        return new TextVectors() {
            @Override
            public float[][] embed(List<String> texts) {
                return cache.vectors(vectors, texts);
            }

            @Override
            public List<float[][]> embedWithParts(List<String> texts, List<List<int[]>> parts) {
                return vectors.embedWithParts(texts, parts);
            }

            @Override
            public String id() {
                return vectors.id();
            }
        };
    }

    private static String key(String vectorsId, List<String> texts) {
        MessageDigest digest = Hashes.digest();
        digest.update(vectorsId.getBytes(StandardCharsets.UTF_8));
        for (String text : texts) {
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static float[][] read(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            int stored = bytes.getInt();
            int dim = bytes.getInt();
            if (stored != count || bytes.remaining() != (long) stored * dim * Float.BYTES) {
                return null;
            }
            float[][] vectors = new float[count][dim];
            for (float[] vector : vectors) {
                bytes.asFloatBuffer().get(vector);
                bytes.position(bytes.position() + dim * Float.BYTES);
            }
            return vectors;
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path file, float[][] vectors) {
        int dim = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer bytes = ByteBuffer.allocate(8 + vectors.length * dim * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(vectors.length).putInt(dim);
        for (float[] vector : vectors) {
            for (float v : vector) {
                bytes.putFloat(v);
            }
        }
        try {
            AtomicFiles.write(file, bytes.array());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep vectors in " + file, e);
        }
    }
}
