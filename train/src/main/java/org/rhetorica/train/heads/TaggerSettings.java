package org.rhetorica.train.heads;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the commands that train averaged LSTM taggers over the encoder's vectors (the attribution
 * tagger, the entity tagger) let a user choose: {@code taggers} taggers, each seeded {@code seed + i},
 * trained {@code epochs} epochs, of the given projection and LSTM state sizes. The rest is fixed:
 * dropout 0.3, Adam 1e-3, weight decay 1e-4, chunks of 16.
 */
public record TaggerSettings(long seed, int epochs, int projection, int hidden, int taggers) {
    /** The trainer's settings for the {@code index}-th tagger. */
    public TaggerTrainer.Settings trainer(int index) {
        return new TaggerTrainer.Settings(projection, hidden, 0.3f, 1e-3f, 1e-4f, epochs, 16, seed + index, true, null);
    }

    /** What goes into the model's provenance, with {@code labels} the tagger's output, in words. */
    public Map<String, Object> asMap(String labels) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("epochs", epochs);
        map.put("projection", projection);
        map.put("hidden", hidden);
        map.put("taggers", taggers);
        map.put("tagger", "projection " + projection + " + ReLU, bidirectional LSTM " + hidden
                + ", dropout 0.3, Adam 1e-3, weight decay 1e-4, softmax over " + labels);
        return map;
    }
}
