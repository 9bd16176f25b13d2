package org.asylon.returns.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Test only, added to the WAR by the ITs that need a case before the desk's {@code POST cases}
 * exists: opens a desk case for irregular stay. Never part of the module.
 */
@Path("it/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItCases {

    @Inject EntityManager em;

    /** The person of the case. */
    public record Person(
            String surname,
            String givenNames,
            String dateOfBirth,
            String sex,
            List<String> nationalities) {}

    @POST
    @Transactional
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Map<String, String> open(Person p) {
        ReturnCase c =
                new ReturnCase(
                        CaseOrigin.DESK,
                        "irregular-stay",
                        null,
                        new ReturnCase.Person(
                                p.surname(),
                                p.givenNames(),
                                null,
                                p.dateOfBirth(),
                                p.sex(),
                                p.nationalities(),
                                false),
                        new ReturnCase.Links(null, null, null),
                        "it",
                        Instant.now());
        em.persist(c);
        return Map.of("id", c.id());
    }
}
