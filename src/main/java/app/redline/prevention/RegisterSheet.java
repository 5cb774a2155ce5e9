package app.redline.prevention;

import app.redline.organization.RiskLevel;
import app.redline.system.ImportColumns;
import app.redline.system.ImportColumns.Column;
import app.redline.system.ImportTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The register as one spreadsheet, the way enterprises keep it: one row per investigation task with
 * its measure, event, unit and object beside it (a row may stop at any of them). Enumerated cells
 * (kinds, method, cycle) are read as their code or as their English or Chinese label, and written as
 * the label in the reader's language, so an exported register imports again unchanged.
 */
@Component
class RegisterSheet {

    static final String KIND = "register";

    static final ImportColumns COLUMNS = new ImportColumns(List.of(
            Column.required("object", "Risk object", "风险点", "风险分析对象", "风险对象"),
            Column.optional("objectKind", "Object kind", "风险点类别", "对象类别"),
            Column.optional("location", "Where", "位置", "所在位置"),
            Column.required("unit", "Risk unit", "风险分析单元", "风险单元"),
            Column.optional("department", "Responsible department", "责任部门"),
            Column.optional("responsiblePerson", "Responsible person", "责任人"),
            Column.optional("responsiblePhone", "Phone", "联系电话", "电话"),
            Column.optional("emergencyMeasures", "Emergency measures", "应急处置措施", "应急措施"),
            Column.optional("event", "What could happen", "风险事件", "安全风险事件"),
            Column.optional("accidentType", "Type of accident", "事故类型"),
            Column.optional("method", "Assessment", "评价方法", "评估方法"),
            Column.optional("likelihood", "L", "L（可能性）", "likelihood"),
            Column.optional("exposure", "E", "E（暴露频繁程度）", "exposure"),
            Column.optional("severity", "S or C", "S或C（严重性或后果）", "severity", "S", "C"),
            Column.optional("level", "Level", "风险等级"),
            Column.optional("measureKind", "Measure kind", "管控措施类别", "措施类别"),
            Column.optional("measure", "Control measure", "管控措施"),
            Column.optional("task", "What to check", "排查内容", "隐患排查内容"),
            Column.optional("cycle", "How often", "排查周期"),
            Column.optional("post", "Post", "排查岗位", "岗位"),
            Column.optional("assignee", "Named person", "排查人"),
            Column.optional("responsibleTask", "Task of the responsible person", "包保责任人任务", "包保责任")));

    /** The column of each key in the template and the export. */
    static int at(String key) {
        for (int i = 0; i < COLUMNS.all().size(); i++) {
            if (COLUMNS.all().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    private static final List<String> YES = List.of("yes", "y", "true", "1", "是", "√", "✓");
    private static final List<String> NO = List.of("no", "n", "false", "0", "否", "");

    private final MessageSource messages;

    RegisterSheet(MessageSource messages) {
        this.messages = messages;
    }

    /** An enumerated cell's value, or null when the text is none of the values' codes or labels. */
    <E extends Enum<E>> E parse(Class<E> type, String text) {
        Map<String, E> known = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            known.put(normalize(value.name()), value);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                known.put(normalize(label(value, locale)), value);
            }
        }
        return known.get(normalize(text));
    }

    /** A yes-or-no cell: true, false, or null when it is neither. */
    static Boolean yesNo(String text) {
        String value = normalize(text);
        return YES.contains(value) ? Boolean.TRUE : NO.contains(value) ? Boolean.FALSE : null;
    }

    String label(Enum<?> value, Locale locale) {
        return value == null
                ? ""
                : messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, locale);
    }

    String yesNo(boolean value, Locale locale) {
        return messages.getMessage(value ? "common.yes" : "common.no", null, locale);
    }

    /** The template's example row and the drop-downs of its enumerated columns. */
    ImportTemplate.Extras extras(Locale locale) {
        String mark =
                ImportTemplate.EXAMPLE_MARKS.get(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? 0 : 1);
        List<String> example = new ArrayList<>();
        for (String cell :
                messages.getMessage("import.register.example", null, locale).split("\\|", -1)) {
            example.add(example.isEmpty() ? mark + cell : cell);
        }
        return new ImportTemplate.Extras(
                example,
                List.of(
                        list(ObjectKind.values(), "objectKind", locale),
                        list(AssessmentMethod.values(), "method", locale),
                        list(MeasureKind.values(), "measureKind", locale),
                        list(TaskCycle.values(), "cycle", locale),
                        list(RiskLevel.values(), "level", locale)));
    }

    private ImportTemplate.CodeList list(Enum<?>[] values, String column, Locale locale) {
        List<List<String>> rows = Arrays.stream(values)
                .map(v -> List.of(label(v, locale), v.name()))
                .toList();
        String sheet = messages.getMessage("import.register.column." + column, null, locale);
        return new ImportTemplate.CodeList(
                sheet, List.of(sheet, messages.getMessage("import.register.code", null, locale)), rows, at(column));
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s（）()]", "");
    }
}
