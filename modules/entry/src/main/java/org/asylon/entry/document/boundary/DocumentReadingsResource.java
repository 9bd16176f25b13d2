package org.asylon.entry.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.asylon.entry.document.control.DocumentReader;
import org.asylon.entry.document.control.MrzReading;
import org.asylon.kernel.security.Roles;

/**
 * Reads a machine-readable zone and reports every field and check digit, so the officer sees what
 * the scanner got wrong before registering. It records nothing.
 */
@Path("document-readings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class DocumentReadingsResource {

    @Inject DocumentReader documents;

    @POST
    public MrzReading read(@Valid @NotNull(message = "send the MRZ as JSON") MrzText request) {
        return documents.read(request.mrz());
    }
}
