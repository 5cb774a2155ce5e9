package app.redline.system;

/**
 * What is wrong with one cell of an import: the row as the user numbers it, the column's key (null
 * for the whole row), a message key about a file (not a form hint), and the cell's value that the
 * message echoes as {0} (null when it shows none).
 */
public record ImportProblem(int row, String column, String code, String value) {

    public ImportProblem(int row, String column, String code) {
        this(row, column, code, null);
    }

    /** The message's arguments: the value, when there is one. */
    public Object[] args() {
        return value == null ? new Object[0] : new Object[] {value};
    }
}
