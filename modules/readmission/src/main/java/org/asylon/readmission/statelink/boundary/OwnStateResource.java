package org.asylon.readmission.statelink.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.statelink.control.OwnState;

/**
 * This state as partners must register it: its code, the key id its messages carry and its public
 * key, to be handed to each partner's readmission authority out of band.
 */
@Path("own-state")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READMISSION_AUTHORITY, Roles.LIAISON_OFFICER})
public class OwnStateResource {

    /** What a partner registers. */
    public record OwnStateView(String country, String keyId, String publicKey) {}

    @Inject OwnState own;

    @GET
    public OwnStateView get() {
        return new OwnStateView(own.countryIfSet().orElse(null), own.keyId(), own.publicKeyPem());
    }
}
