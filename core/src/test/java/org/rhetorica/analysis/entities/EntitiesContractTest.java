package org.rhetorica.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhetorica.analysis.entities.Coreference.Name;
import org.rhetorica.doc.Document;
import org.rhetorica.pipeline.AnnotatorContract;
import org.rhetorica.pipeline.AnnotatorProvider;
import org.rhetorica.pipeline.NamedProvider;

/**
 * The entities annotator keeps the annotator contract, its names given by a stand-in for the
 * entity tagger (runs of capitalised words, typed in turn person, organisation, place) until the
 * tagger head is registered and the contract runs over it with every other provider.
 */
class EntitiesContractTest extends AnnotatorContract {
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)*");
    private static final List<String> TYPES = List.of(Entity.PERSON, Entity.ORGANIZATION, Entity.LOCATION);

    static final class StandInProvider extends NamedProvider {
        StandInProvider() {
            super("entities", Entities.PRODUCES, resources -> new Entities(StandInProvider::names, Set.of(), Map.of(),
                    new Coreference(Coreference.Settings.DEFAULT)));
        }

        private static List<Name> names(Document doc) {
            List<Name> names = new ArrayList<>();
            Matcher m = CAPITALISED.matcher(doc.text());
            while (m.find()) {
                names.add(new Name(m.start(), m.end(), TYPES.get(names.size() % TYPES.size())));
            }
            return names;
        }
    }

    @Override
    protected List<AnnotatorProvider> providers() {
        return List.of(new StandInProvider());
    }
}
