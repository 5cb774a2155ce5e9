package app.redline.inspection;

import java.util.List;

/**
 * What an inspection refuses (changing a completed one, completing with unanswered items). When
 * the refusal is about checklist items, it names every one of them at once.
 */
class InspectionRefused extends RuntimeException {

    /** A problem of one checklist item: a message key and the values it shows. */
    record ItemProblem(Long itemId, String code, Object... args) {}

    private final String code;
    private final transient List<ItemProblem> items;

    InspectionRefused(String code) {
        this(code, List.of());
    }

    InspectionRefused(String code, List<ItemProblem> items) {
        super(code);
        this.code = code;
        this.items = List.copyOf(items);
    }

    String code() {
        return code;
    }

    List<ItemProblem> items() {
        return items;
    }
}
