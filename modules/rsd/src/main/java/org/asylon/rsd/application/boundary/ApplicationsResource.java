package org.asylon.rsd.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.Caller;
import org.asylon.rsd.application.control.FileHolders;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.Stage;

/** Applications: opened at the desk (or from reception's feed), registered, lodged, assigned, withdrawn. */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class ApplicationsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ApplicationDesk desk;

    @Inject
    CaseAccess access;

    @Inject
    IdempotentCreation creation;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    public Response open(@HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the application as JSON") NewApplication request) {
        String user = user();
        Created created = creation.once(key, user + " POST applications", request, () -> {
            Instant now = Instant.now();
            var interpreter = request.interpreter() == null ? InterpreterNeeds.none() : request.interpreter().needs();
            Instant madeAt = request.madeAt() == null ? now : request.madeAt();
            if (madeAt.isAfter(now)) {
                throw ProblemException.invalidField("madeAt", "is in the future");
            }
            AsylumApplication application = new AsylumApplication(null,
                    new Person(request.surname(), request.givenNames(), request.originalScriptName(),
                            request.dateOfBirth(), request.sex(), request.nationalities(), request.languages()),
                    interpreter, madeAt, MadeWhere.RSD_DESK, user, now);
            if (Boolean.TRUE.equals(request.unaccompaniedChild())) {
                application.markUnaccompaniedChild();
            }
            application.markSpecialProceduralNeeds(Boolean.TRUE.equals(request.specialProceduralNeeds()));
            desk.open(application, request.principalId(), request.relationship(),
                    request.ownClaim() == null || request.ownClaim(), user);
            if (request.registeredAt() != null) {
                desk.register(application, request.registeredAt(), user);
            }
            em.flush();
            return Created.at("applications/" + application.id(), JSON.toJson(ApplicationView.of(application)));
        });
        return IdempotentCreation.toResponse(created, uri);
    }

    /** The caseload: filter by stage, track and officer; a representative sees only their clients. */
    @GET
    @Transactional
    @RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER, Roles.LEGAL_REPRESENTATIVE})
    public List<ApplicationView> list(@QueryParam("stage") Stage stage, @QueryParam("track") String track,
            @QueryParam("officer") String officer, @QueryParam("limit") String limit) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        Caller caller = Caller.of(security);
        boolean staff = caller.has(Roles.ELIGIBILITY_OFFICER) || caller.has(Roles.RSD_SUPERVISOR)
                || caller.has(Roles.APPEAL_OFFICER);
        StringBuilder jpql = new StringBuilder("SELECT a FROM AsylumApplication a WHERE 1 = 1");
        if (!staff) {
            jpql.append(" AND a.representative = :me");
        }
        if (stage != null) {
            jpql.append(" AND a.stage = :stage");
        }
        if (track != null) {
            jpql.append(" AND a.track.track = :track");
        }
        if (officer != null) {
            jpql.append(" AND a.assignedOfficer = :officer");
        }
        TypedQuery<AsylumApplication> query = em.createQuery(jpql.append(" ORDER BY a.madeAt, a.id").toString(),
                AsylumApplication.class).setMaxResults(max);
        if (!staff) {
            query.setParameter("me", caller.name());
        }
        if (stage != null) {
            query.setParameter("stage", stage);
        }
        if (track != null) {
            query.setParameter("track", track);
        }
        if (officer != null) {
            query.setParameter("officer", officer);
        }
        List<AsylumApplication> found = query.getResultList();
        audit.record(caller.name(), "application.listed", "application-list", "all", found.size() + " record(s)");
        return found.stream().map(ApplicationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER, Roles.LEGAL_REPRESENTATIVE})
    public Response one(@PathParam("id") String id) {
        AsylumApplication a = desk.find(id);
        access.requireSummary(a, Caller.of(security));
        audit.record(user(), "application.read", "asylum-application", id, null);
        return withTag(a);
    }

    @POST
    @Path("{id}/registration")
    public Response register(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StageChange change) {
        return withTag(desk.register(id, ifMatch, change == null ? null : change.at(), user()));
    }

    @POST
    @Path("{id}/lodging")
    public Response lodge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, StageChange change) {
        return withTag(desk.lodge(id, ifMatch, change == null ? null : change.at(), user()));
    }

    /** Assigning the file is the supervisor's: it decides who may read the case's content. */
    @PUT
    @Path("{id}/holders")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response assign(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the holders as JSON") Holders holders) {
        return withTag(desk.assignHolders(id, ifMatch, new FileHolders(holders.officer(), holders.reviewer(),
                holders.appealOfficer(), holders.representative()), user()));
    }

    /** The interview language and same-gender requests, e.g. for an application that came from reception's feed. */
    @PUT
    @Path("{id}/interpreter")
    public Response recordInterpreterNeeds(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the interpreter needs as JSON") NewApplication.InterpreterRequest request) {
        return withTag(desk.recordInterpreterNeeds(id, ifMatch, request.needs(), user()));
    }

    @POST
    @Path("{id}/withdrawal")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the withdrawal as JSON") Withdrawal withdrawal) {
        return withTag(desk.withdraw(id, ifMatch, withdrawal.outcome(), user()));
    }

    private Response withTag(AsylumApplication a) {
        return Response.ok(ApplicationView.of(a)).tag(Versions.etag(a.version())).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
