package org.asylon.rulebook;

/**
 * The little Markdown escaping the pages need: profile text is free text and may hold a '|' or a
 * line break.
 */
final class Markdown {

    private Markdown() {}

    /** Text for a table cell: a '|' would end the cell, a line break the row. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    /** Text on one bullet line. */
    static String line(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    static String code(String text) {
        return "`" + text + "`";
    }
}
