package org.asylon.readmission.statelink.control;

import jakarta.json.JsonObject;

/** What this state answered a partner's message: the status and the JSON body. */
public record Answer(int status, JsonObject body) {}
