package org.rhetorica.analysis.entities;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rhetorica.io.InvalidInputException;

/**
 * What a user says about names: a CSV file of {@code alias,canonical} lines (a first line
 * {@code alias,canonical} is a header and is skipped). A line merges: the alias is the canonical
 * name ("Hillary Rodham Clinton,Hillary Clinton"), and a canonical name the user gives is the name of
 * its group whatever the counts say. A name given as its own canonical name splits: the rules of
 * {@link CanonicalNames} never merge it with another ("Bill Clinton,Bill Clinton" keeps him apart
 * from "Hillary Clinton" and from a lone "Clinton"). Immutable.
 */
public final class Aliases {
    private static final Aliases NONE = new Aliases(Map.of());

    private final Map<String, String> canonical;

    private Aliases(Map<String, String> canonical) {
        this.canonical = Map.copyOf(canonical);
    }

    public static Aliases none() {
        return NONE;
    }

    /** Aliases from pairs of alias and canonical name. */
    public static Aliases of(Map<String, String> canonicalByAlias) {
        return new Aliases(canonicalByAlias);
    }

    /**
     * Reads an alias file (UTF-8).
     *
     * @throws InvalidInputException naming the file and line when it cannot be read or a line is not two names
     */
    public static Aliases read(Path file) {
        Map<String, String> canonical = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser records = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : records) {
                List<String> line = record.toList();
                long number = records.getCurrentLineNumber();
                if (number == 1 && line.size() == 2 && line.get(0).equalsIgnoreCase("alias") && line.get(1).equalsIgnoreCase("canonical")) {
                    continue;
                }
                if (line.size() != 2 || line.get(0).isBlank() || line.get(1).isBlank()) {
                    throw new InvalidInputException(file + ": line " + number + ": expected two names, alias,canonical; found "
                            + line.size() + " field(s)");
                }
                String previous = canonical.put(line.get(0), line.get(1));
                if (previous != null && !previous.equals(line.get(1))) {
                    throw new InvalidInputException(file + ": line " + number + ": '" + line.get(0) + "' is already an alias of '"
                            + previous + "'");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(file + ": not a readable alias file (CSV alias,canonical): " + e.getMessage(), e);
        }
        return new Aliases(canonical);
    }

    /** The canonical name the user gives for {@code name}, if any. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonical.get(name));
    }

    /** Whether the user gives this name as a canonical name. */
    public boolean isCanonical(String name) {
        return canonical.containsValue(name);
    }

    /** Whether the user keeps this name apart: it is its own alias. */
    public boolean isApart(String name) {
        return name.equals(canonical.get(name));
    }

    public boolean isEmpty() {
        return canonical.isEmpty();
    }
}
