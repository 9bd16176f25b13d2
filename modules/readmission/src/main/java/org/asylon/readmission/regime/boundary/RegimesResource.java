package org.asylon.readmission.regime.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.Regime;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;

/**
 * The regimes the active profile binds, for the desk, trainers and partners' liaison officers who
 * need to see the rules; and the reply deadline of a request of any kind, with what silence means.
 */
@Path("regimes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY, Roles.TRAINER, Roles.AUDITOR})
public class RegimesResource {

    @Inject RegimeBook regimes;

    @Inject Clock clock;

    @GET
    public List<RegimeView> all() {
        return regimes.all().stream().map(RegimeView::of).toList();
    }

    @GET
    @Path("{code}")
    public RegimeView one(@PathParam("code") String code) {
        return RegimeView.of(found(code));
    }

    /**
     * The reply deadline of a request received at {@code receivedAt}, with the consequence of
     * silence, e.g. for a take-back notification under eu-ammr: 2 weeks, silence = receipt
     * confirmed (AMMR Art 41(3)-(4)).
     */
    @GET
    @Path("{code}/reply-deadline")
    public RuledDeadlineView replyDeadline(
            @PathParam("code") String code,
            @QueryParam("kind") String kind,
            @QueryParam("receivedAt") String receivedAt,
            @QueryParam("hitBased") String hitBased,
            @QueryParam("detained") String detained,
            @QueryParam("urgent") String urgent) {
        Regime regime = found(code);
        RequestKind k =
                RequestKind.of(kind == null ? "" : kind)
                        .filter(x -> regimes.has(regime, x))
                        .orElseThrow(
                                () ->
                                        ProblemException.badRequest(
                                                "kind",
                                                "one of the regime's request kinds: "
                                                        + String.join(
                                                                ", ",
                                                                regimes.kinds(regime).stream()
                                                                        .map(i -> i.code())
                                                                        .toList())));
        Instant at;
        try {
            at = receivedAt == null ? clock.instant() : Instant.parse(receivedAt);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "receivedAt", "an instant, e.g. 2026-12-07T10:00:00Z");
        }
        return RuledDeadlineView.of(
                regimes.reply(
                        regime,
                        k,
                        new Grounds(
                                flag("hitBased", hitBased),
                                flag("detained", detained),
                                flag("urgent", urgent)),
                        at),
                regimes.zone(),
                clock.instant());
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.badRequest(name, "true or false");
    }

    private Regime found(String code) {
        return regimes.all().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("regime", code));
    }
}
