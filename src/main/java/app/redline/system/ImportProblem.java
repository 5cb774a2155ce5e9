package app.redline.system;

/**
 * What is wrong with one cell of an import: the row as the user numbers it, the column's key (null
 * for the whole row) and a message key.
 */
public record ImportProblem(int row, String column, String code) {}
