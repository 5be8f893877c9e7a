package org.rhetorica.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a trained model came from: the data, settings, seed, code and library versions it was
 * trained with and the scores it reached on held-out data. Stored inside every model file, so a
 * model can always be traced and retrained.
 *
 * @param model the model's name ("techniques-spans")
 * @param task what it does, in a sentence
 * @param created when training finished (ISO 8601, UTC)
 * @param codeVersion the commit of the code that trained it, "+changes" if the tree was not clean
 * @param encoder the {@link EncoderSpec#vectorsId()} of the vectors it reads
 * @param data the training data: where from, how many documents, the validation split rule and a
 *     fingerprint of the files
 * @param settings hyperparameters and other choices
 * @param seed the random seed
 * @param scores validation scores, by the task's official measures
 * @param libraries versions of Java and of the libraries that trained it
 */
public record Provenance(
        String model,
        String task,
        String created,
        String codeVersion,
        String encoder,
        Map<String, Object> data,
        Map<String, Object> settings,
        long seed,
        Map<String, Object> scores,
        Map<String, String> libraries) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    public Provenance {
        data = new TreeMap<>(data);
        settings = new TreeMap<>(settings);
        scores = new TreeMap<>(scores);
        libraries = new TreeMap<>(libraries);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write provenance of " + model, e);
        }
    }

    public static Provenance fromJson(String json) {
        try {
            return JSON.readValue(json, Provenance.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("model provenance is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
