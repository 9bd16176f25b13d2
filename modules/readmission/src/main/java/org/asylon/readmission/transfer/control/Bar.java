package org.asylon.readmission.transfer.control;

/** One reason a transfer may not be executed now, with its rule and legal basis. */
public record Bar(String rule, String basis, String detail) {}
