package org.asylon.readmission.request.control;

import jakarta.json.JsonObject;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.entity.PersonLinks;
import org.asylon.readmission.request.entity.RequestOrigin;

/** What the desk gives to prepare a request to a partner state. */
public record OutgoingDraft(
        String country,
        String regime,
        RequestKind kind,
        Grounds grounds,
        RequestOrigin origin,
        String originReference,
        PersonLinks links,
        JsonObject person,
        String notes,
        Anchors anchors) {}
