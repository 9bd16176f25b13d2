package org.asylon.entry.encounter.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.asylon.entry.encounter.control.AlreadyKnown;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.code.PartialDateText;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** "Already known?": earlier encounters with the same document, or a person who may be the same. */
@Path("encounters/already-known")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class AlreadyKnownResource {

    @Inject AlreadyKnown search;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<KnownPersonView> search(
            @QueryParam("documentNumber") String documentNumber,
            @QueryParam("name") String name,
            @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("nationality") String nationality) {
        List<AlreadyKnown.Match> found;
        if (documentNumber != null && !documentNumber.isBlank()) {
            found = search.byDocument(documentNumber);
        } else if (name != null && !name.isBlank()) {
            PartialDate birth = null;
            if (dateOfBirth != null && !dateOfBirth.isBlank()) {
                try {
                    birth = PartialDate.parse(dateOfBirth.strip(), false);
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest("dateOfBirth", PartialDateText.MESSAGE);
                }
            }
            // D and DEU find each other: the matcher compares Countries.comparable codes
            if (nationality != null && !Countries.isValid(nationality)) {
                throw ProblemException.badRequest("nationality", CountryCode.MESSAGE);
            }
            found =
                    search.byPerson(
                            Arrays.asList(name.strip().split("\\s+")),
                            birth,
                            nationality == null ? Set.of() : Set.of(nationality));
        } else {
            throw ProblemException.badRequest(
                    "name",
                    "give a documentNumber, or a name (with dateOfBirth and nationality if known)");
        }
        // who looked for whom: the search terms are the record of an identity search
        String terms =
                documentNumber != null && !documentNumber.isBlank()
                        ? "documentNumber=" + documentNumber
                        : "name="
                                + name
                                + ", dateOfBirth="
                                + dateOfBirth
                                + ", nationality="
                                + nationality;
        audit.record(
                Caller.of(security).name(),
                "encounter.searched",
                "encounter-search",
                terms.length() > 200 ? terms.substring(0, 200) : terms,
                found.size()
                        + " result(s): "
                        + found.stream().map(m -> m.encounter().id()).toList());
        return found.stream()
                .map(
                        m ->
                                new KnownPersonView(
                                        m.score(), m.reasons(), EncounterView.of(m.encounter())))
                .toList();
    }
}
