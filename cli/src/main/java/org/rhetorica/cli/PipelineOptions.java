package org.rhetorica.cli;

import java.util.HashSet;
import java.util.List;
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
    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analysed at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--skip", split = ",", paramLabel = "ANNOTATOR",
            description = "Annotators to leave out, by name (see `rhetorica annotators`).")
    List<String> skip = List.of();

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    int maxFileBytes = IngestOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--encoder", paramLabel = "MODEL[:LAYERS]",
            description = "Another encoder, for comparisons (default: ${DEFAULT-VALUE}). Trained heads only run on the "
                    + "encoder they were trained on: skip them. Other models need the Maven profile 'encoders'.")
    String encoder = EncoderSpec.DEFAULT.modelAndLayers();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Resources resources() {
        // Workers already keep every processor busy; more encoder threads each would only contend.
        int processors = Runtime.getRuntime().availableProcessors();
        try {
            return new Resources(EncoderSpec.parse(encoder, Math.max(1, processors / threads)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--encoder: " + e.getMessage(), e, null, encoder);
        }
    }

    Pipeline pipeline(Resources resources) {
        try {
            return Pipeline.standard(resources, new HashSet<>(skip));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--skip: " + e.getMessage(), e, null, String.join(",", skip));
        }
    }

    IngestOptions ingestOptions() {
        return new IngestOptions(maxFileBytes);
    }
}
