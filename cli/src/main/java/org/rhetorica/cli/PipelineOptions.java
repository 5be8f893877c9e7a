package org.rhetorica.cli;

import java.util.HashSet;
import java.util.List;
import java.nio.file.Path;
import org.rhetorica.ingest.ByteSize;
import org.rhetorica.ingest.GivenMetadata;
import org.rhetorica.ingest.IngestOptions;
import org.rhetorica.models.EncoderSpec;
import org.rhetorica.pipeline.Pipeline;
import org.rhetorica.pipeline.Resources;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that run the whole pipeline. */
final class PipelineOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--skip", split = ",", paramLabel = "ANNOTATOR",
            description = "Annotators to leave out, by name (see `rhetorica annotators`).")
    List<String> skip = List.of();

    long maxFileBytes = IngestOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--columns", paramLabel = "MAPPING",
            description = "Which CSV columns hold which field, e.g. text=Message,author=User Name,published=Post Created; "
                    + "fields: text, title, author, authorName, published, source, url, id, parent, thread, score. "
                    + "Presets: crowdtangle, 4cat. Without it, known exports are recognised by their header.")
    String columns;

    @Option(names = "--source", paramLabel = "NAME",
            description = "The outlet or site of inputs that do not say (plain text, mostly).")
    String source;

    @Option(names = "--published", paramLabel = "DATE",
            description = "The publication date (ISO 8601, e.g. 2016-10-12) of inputs that do not say; a dateline in the text wins.")
    String published;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "A CSV or JSON Lines file of metadata per input: a column or field \"file\" (the input's name) and any of "
                    + "title, author, published, source, url. Dates in file names (2016-10-12_...) are used last.")
    Path metadata;

    @Option(names = "--encoder", paramLabel = "MODEL[:LAYERS]",
            description = "Another encoder, for comparisons (default: ${DEFAULT-VALUE}). Trained heads only run on the "
                    + "encoder they were trained on: skip them. Other models need the Maven profile 'encoders'.")
    String encoder = EncoderSpec.DEFAULT.modelAndLayers();

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analysed at once, 1 or more (default: the number of processors, ${DEFAULT-VALUE}).")
    void threads(int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be 1 or more, not " + value);
        }
        threads = value;
    }

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "Refuse input files larger than this, e.g. 64MB, 500KB, 2GB; units count in 1024s "
                    + "(default: 64MB). Streamed formats (WARC, JSON Lines, platform exports) apply it to each record.")
    void maxFileSize(String value) {
        try {
            maxFileBytes = ByteSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-file-size: " + e.getMessage());
        }
    }

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Analysis time allowed per document; past it the document is reported as failed and the run goes on "
                    + "(default: 600).")
    void timeLimit(long seconds) {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be 1 second or more, not " + seconds);
        }
        timeLimit = java.time.Duration.ofSeconds(seconds);
    }

    java.time.Duration timeLimit = org.rhetorica.pipeline.Batch.DEFAULT_TIME_LIMIT;

    java.time.Duration timeLimit() {
        return timeLimit;
    }

    Resources resources() {
        // Workers already keep every processor busy; more encoder threads each would only contend.
        int processors = Runtime.getRuntime().availableProcessors();
        try {
            return new Resources(EncoderSpec.parse(encoder, Math.max(1, processors / threads)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoder: " + e.getMessage(), e, null, encoder);
        }
    }

    Pipeline pipeline(Resources resources) {
        try {
            return Pipeline.standard(resources, new HashSet<>(skip));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--skip: " + e.getMessage(), e, null, String.join(",", skip));
        }
    }

    IngestOptions ingestOptions() {
        return new IngestOptions(maxFileBytes).withColumns(columns).withGiven(new GivenMetadata(source, published,
                metadata == null ? java.util.Map.of() : GivenMetadata.readSideFile(metadata)));
    }
}
