package app.redline.prevention;

import app.redline.organization.AdministrativeImport;
import app.redline.system.FieldProblem;
import app.redline.system.ImportProblem;
import app.redline.system.TableFile.TableRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Reads and checks the rows of a register spreadsheet, each on its own (see {@link RegisterImport}). */
@Component
@RequiredArgsConstructor
class RegisterRows {

    /** One checked row: what it names at each level, down to where it stops. */
    record Row(
            int number,
            String object,
            ObjectKind objectKind,
            String location,
            String unit,
            String department,
            String responsiblePerson,
            String responsiblePhone,
            String emergencyMeasures,
            String event,
            String accidentType,
            Assessment assessment,
            MeasureKind measureKind,
            String measure,
            String task,
            TaskCycle cycle,
            String post,
            Long assigneeId,
            boolean responsibleTask) {

        UnitForm unitForm() {
            UnitForm form = new UnitForm();
            form.setName(unit);
            form.setDepartment(department);
            form.setResponsiblePerson(responsiblePerson);
            form.setResponsiblePhone(responsiblePhone);
            form.setEmergencyMeasures(emergencyMeasures);
            return form;
        }
    }

    private final RegisterSheet sheet;
    private final RiskAssessor assessor;

    /**
     * The rows that passed, or null when the header is wrong; {@code people} are the enterprise's
     * users by name, for the task's named person.
     */
    List<Row> read(List<TableRow> table, Map<String, Set<Long>> people, List<ImportProblem> problems) {
        return AdministrativeImport.readRows(
                table, RegisterSheet.COLUMNS, problems, (line, at) -> check(new Cells(line, at, problems), people));
    }

    /** The cells of one row by column key, adding a problem for each that is wrong. */
    private record Cells(TableRow line, Map<String, Integer> at, List<ImportProblem> problems) {

        String text(String key, int max, boolean required) {
            Integer column = at.get(key);
            String value = column == null ? "" : line.cell(column).strip();
            if (value.isEmpty()) {
                if (required) {
                    problem(key, "import.value.required", null);
                }
                return null;
            }
            if (value.length() > max) {
                problem(key, "import.value.tooLong", null);
                return null;
            }
            return value;
        }

        void problem(String key, String code, String value) {
            problems.add(new ImportProblem(line.number(), key, code, value));
        }

        int count() {
            return problems.size();
        }
    }

    private Row check(Cells cells, Map<String, Set<Long>> people) {
        int before = cells.count();
        String object = cells.text("object", 200, true);
        ObjectKind objectKind = choice(cells, "objectKind", ObjectKind.class);
        String location = cells.text("location", 300, false);
        String unit = cells.text("unit", 200, true);
        String department = cells.text("department", 100, false);
        String responsiblePerson = cells.text("responsiblePerson", 100, false);
        String responsiblePhone = cells.text("responsiblePhone", 40, false);
        String emergencyMeasures = cells.text("emergencyMeasures", 2000, false);
        String event = cells.text("event", 500, false);
        String accidentType = cells.text("accidentType", 30, false);
        Assessment assessment = event == null ? null : assessment(cells);
        MeasureKind measureKind = choice(cells, "measureKind", MeasureKind.class);
        String measure = cells.text("measure", 1000, false);
        String task = cells.text("task", 500, false);
        TaskCycle cycle = choice(cells, "cycle", TaskCycle.class);
        String post = cells.text("post", 100, false);
        String assigneeName = cells.text("assignee", 100, false);
        Long assignee = assigneeName == null ? null : assignee(cells, assigneeName, people);
        String flag = cells.text("responsibleTask", 10, false);
        Boolean responsibleTask = RegisterSheet.yesNo(flag);
        if (responsibleTask == null) {
            cells.problem("responsibleTask", "import.register.yesNo", flag);
        }
        if (measure != null && event == null) {
            cells.problem("event", "import.register.event.missing", null);
        }
        if (measure != null && measureKind == null) {
            cells.problem("measureKind", "import.value.required", null);
        }
        if (task != null) {
            if (measure == null) {
                cells.problem("measure", "import.register.measure.missing", null);
            }
            if (cycle == null) {
                cells.problem("cycle", "import.value.required", null);
            }
            if (post == null && assigneeName == null) {
                cells.problem("post", "risk.task.who.missing", null);
            }
        }
        if (cells.count() > before) {
            return null;
        }
        return new Row(
                cells.line().number(),
                object,
                objectKind,
                location,
                unit,
                department,
                responsiblePerson,
                responsiblePhone,
                emergencyMeasures,
                event,
                accidentType,
                assessment,
                measureKind,
                measure,
                task,
                cycle,
                post,
                assignee,
                Boolean.TRUE.equals(responsibleTask));
    }

    private <E extends Enum<E>> E choice(Cells cells, String key, Class<E> type) {
        String text = cells.text(key, 100, false);
        if (text == null) {
            return null;
        }
        E value = sheet.parse(type, text);
        if (value == null) {
            cells.problem(key, "import.register.choice.unknown", text);
        }
        return value;
    }

    private Assessment assessment(Cells cells) {
        String methodText = cells.text("method", 100, false);
        AssessmentMethod method =
                methodText == null ? AssessmentMethod.LS : sheet.parse(AssessmentMethod.class, methodText);
        if (method == null) {
            cells.problem("method", "import.register.choice.unknown", methodText);
            return null;
        }
        BigDecimal likelihood = number(cells, "likelihood", true);
        BigDecimal exposure = number(cells, "exposure", method.usesExposure());
        BigDecimal severity = number(cells, "severity", true);
        if (likelihood == null || severity == null || (method.usesExposure() && exposure == null)) {
            return null;
        }
        try {
            return assessor.assess(method, likelihood, exposure, severity);
        } catch (FieldProblem e) {
            cells.problem(e.field(), e.code(), null);
            return null;
        }
    }

    private static BigDecimal number(Cells cells, String key, boolean required) {
        String text = cells.text(key, 20, required);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        } catch (NumberFormatException e) {
            cells.problem(key, "import.register.number", text);
            return null;
        }
    }

    private static Long assignee(Cells cells, String name, Map<String, Set<Long>> people) {
        Set<Long> ids = people.getOrDefault(name, Set.of());
        if (ids.size() != 1) {
            cells.problem(
                    "assignee",
                    ids.isEmpty() ? "import.register.assignee.unknown" : "import.register.assignee.ambiguous",
                    name);
            return null;
        }
        return ids.iterator().next();
    }
}
