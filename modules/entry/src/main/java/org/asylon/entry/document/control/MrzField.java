package org.asylon.entry.document.control;

/** The parts of an MRZ a finding can be about, with the words a border official uses for them. */
public enum MrzField {
    FORMAT("format"),
    TEXT("MRZ text"),
    DOCUMENT_CODE("document code"),
    ISSUING_STATE("issuing state"),
    NAME("name"),
    DOCUMENT_NUMBER("document number"),
    NATIONALITY("nationality"),
    DATE_OF_BIRTH("date of birth"),
    SEX("sex"),
    DATE_OF_EXPIRY("date of expiry"),
    PERSONAL_NUMBER("personal number"),
    OPTIONAL_DATA("optional data"),
    COMPOSITE("composite check digit");

    private final String label;

    MrzField(String label) {
        this.label = label;
    }

    /** Lower-case English name, e.g. "date of birth". */
    public String label() {
        return label;
    }

    /** The label with a capital first letter, to start a sentence. */
    String sentenceLabel() {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
