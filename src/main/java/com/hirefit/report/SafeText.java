package com.hirefit.report;

/**
 * Text made safe for spreadsheet cells, shared by every writer that produces cells (the workbook now, a
 * CSV export later).
 *
 * <p>Formula injection (OWASP "CSV injection"): a cell whose text starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return or line feed may be read as a formula by a spreadsheet
 * program, now or after the data is exported again to CSV. {@link #cell(String)} puts a single quote in
 * front of such text, so it always stays text. Numbers should be written as numeric cells and never go
 * through this class.
 */
public final class SafeText {

    /** The most characters Excel keeps in one cell. */
    public static final int EXCEL_MAX_CELL_CHARS = 32_767;

    /** Ends text that was cut to fit a cell. */
    public static final String TRUNCATION_MARKER = "... [truncated]";

    private SafeText() {
    }

    /**
     * The text with a leading {@code '} when it starts with a character that could make a spreadsheet
     * read it as a formula; other text unchanged. Null becomes the empty string.
     */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return startsLikeFormula(value) ? "'" + value : value;
    }

    /** True when the text starts with {@code = + - @}, tab, CR or LF. */
    public static boolean startsLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> true;
            default -> false;
        };
    }

    /**
     * The text cut to at most {@code maxChars} characters, ending in {@link #TRUNCATION_MARKER} when
     * cut; a surrogate pair is never split. Null stays null.
     */
    public static String truncate(String value, int maxChars) {
        if (maxChars <= TRUNCATION_MARKER.length()) {
            throw new IllegalArgumentException("maxChars must leave room for the marker: " + maxChars);
        }
        if (value == null || value.length() <= maxChars) {
            return value;
        }
        int cut = maxChars - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.substring(0, cut) + TRUNCATION_MARKER;
    }

    /** {@link #cell(String)} then cut to Excel's cell limit: what a workbook text cell should hold. */
    public static String excelCell(String value) {
        return truncate(cell(value), EXCEL_MAX_CELL_CHARS);
    }
}
