package app.redline.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Collects the fields that differ between an object's old and new state, as text. */
public final class Changes {

    private final List<Change> changes = new ArrayList<>();

    public static Changes diff() {
        return new Changes();
    }

    public Changes field(String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
        return this;
    }

    /** The fields whose values differ between two snapshots of an object (null: it did not exist). */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        Changes changes = new Changes();
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        for (String field : fields) {
            changes.field(field, before == null ? null : before.get(field), after == null ? null : after.get(field));
        }
        return changes;
    }

    public Changes field(String field, Object newValue) {
        return field(field, null, newValue);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> list() {
        return List.copyOf(changes);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            String joined = collection.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return joined.isEmpty() ? null : joined;
        }
        String text = value.toString();
        if (text.isBlank()) {
            return null;
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
