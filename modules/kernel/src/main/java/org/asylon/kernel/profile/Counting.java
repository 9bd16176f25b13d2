package org.asylon.kernel.profile;

/**
 * How the days of a deadline are counted. The reference files call a limit "calendar" when the text
 * gives days, weeks or months without saying working days; "working" is used only where the text
 * says so (e.g. some readmission agreements). Working days skip the profile calendar's weekend and
 * holidays.
 */
public enum Counting {
    CALENDAR("calendar"),
    WORKING("working");

    private final String code;

    Counting(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Counting parse(String text) {
        for (Counting c : values()) {
            if (c.code.equals(text)) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return code;
    }
}
