package app.redline.system;

import java.util.List;

/**
 * The outcome of an import: the problems found (then nothing was written), or the numbers of rows
 * created, updated and left unchanged. {@code checkedOnly} when the user asked for a check alone.
 */
public record ImportReport(
        int rows, List<ImportProblem> problems, int created, int updated, int unchanged, boolean checkedOnly) {

    public static final int MAX_PROBLEMS_SHOWN = 500;

    public static ImportReport refused(int rows, List<ImportProblem> problems) {
        return new ImportReport(rows, List.copyOf(problems), 0, 0, 0, false);
    }

    public boolean written() {
        return problems.isEmpty() && !checkedOnly;
    }

    public List<ImportProblem> shownProblems() {
        return problems.size() > MAX_PROBLEMS_SHOWN ? problems.subList(0, MAX_PROBLEMS_SHOWN) : problems;
    }
}
