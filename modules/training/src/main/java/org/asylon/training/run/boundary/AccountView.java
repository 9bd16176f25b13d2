package org.asylon.training.run.boundary;

import java.util.List;

/**
 * A new trainee's account. The password is in this answer only: the runner keeps its hash, and the
 * trainer prints it for the trainee.
 */
public record AccountView(String account, String password, List<String> roles, String language) {}
