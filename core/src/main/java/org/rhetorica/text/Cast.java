package org.rhetorica.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rhetorica.text.Turn.Role;

/**
 * The people of one transcript and how its labels resolve to them. Full names come from the header
 * and from full-name labels anywhere in the transcript; initials ("HV") and single names ("Varga")
 * resolve to the one full name they fit, role labels ("Q") to the person the header gives that role.
 * A label that fits no name, or more than one, stays as written and is uncertain unless an honorific
 * marks it as a person ("Dr. Varga").
 */
final class Cast {
    /** One resolved speaker; {@code key} is the same for every spelling of one person. */
    record Speaker(String key, String name, Role role, boolean certain) {}

    private final InterviewHeader header;
    /** Full names by key, in the spelling to show. */
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    private final Map<String, String> declaredInitials = new HashMap<>();

    Cast(InterviewHeader header, List<SpeakerLabel> labels) {
        this.header = header;
        header.names().forEach(this::know);
        declaredInitials.putAll(header.initials());
        for (SpeakerLabel label : labels) {
            if (label.kind() == SpeakerLabel.Kind.FULL_NAME) {
                know(label.name());
                if (label.initials() != null) {
                    declaredInitials.putIfAbsent(label.initials(), label.name());
                }
            }
        }
    }

    /** Keeps the first spelling of a name, unless it is all capitals and a later one is not. */
    private void know(String name) {
        String key = Names.key(name);
        String known = fullNames.get(key);
        if (known == null || Names.isAllCaps(known) && !Names.isAllCaps(name)) {
            fullNames.put(key, name);
        }
    }

    Speaker resolve(SpeakerLabel label) {
        return switch (label.kind()) {
            case ROLE -> byRole(label.role());
            case FULL_NAME -> named(label.name(), label.role(), true);
            case INITIALS -> {
                String declared = declaredInitials.get(label.name());
                String name = declared != null ? declared : unique(full -> Names.initials(full).contains(label.name()));
                if (name == null) {
                    name = unique(full -> Names.isFirstOrLastWord(label.name(), full));
                }
                yield name != null ? named(name, null, true) : new Speaker("initials:" + label.name(), label.name(), null, false);
            }
            case SINGLE_NAME -> {
                String name = unique(full -> Names.isFirstOrLastWord(label.name(), full));
                yield name != null ? named(name, label.role(), true) : named(label.name(), label.role(), label.titled());
            }
        };
    }

    private Speaker byRole(Role role) {
        String name = role == Role.INTERVIEWER ? header.interviewer() : header.interviewee();
        return name != null ? named(name, role, true) : new Speaker("role:" + role, null, role, true);
    }

    private Speaker named(String name, Role labelRole, boolean certain) {
        String key = Names.key(name);
        Role role = labelRole;
        if (header.interviewer() != null && key.equals(Names.key(header.interviewer()))) {
            role = Role.INTERVIEWER;
        } else if (header.interviewee() != null && key.equals(Names.key(header.interviewee()))) {
            role = Role.INTERVIEWEE;
        }
        return new Speaker(key, fullNames.getOrDefault(key, name), role, certain);
    }

    /** The one known full name that fits, or null when none or several do. */
    private String unique(Predicate<String> fits) {
        List<String> found = new ArrayList<>();
        for (String name : fullNames.values()) {
            if (fits.test(name)) {
                found.add(name);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }
}
