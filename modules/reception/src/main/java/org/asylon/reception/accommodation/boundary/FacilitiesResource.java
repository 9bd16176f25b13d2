package org.asylon.reception.accommodation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.accommodation.control.Facilities;
import org.asylon.reception.accommodation.entity.Facility;
import org.asylon.reception.accommodation.entity.PlaceType;

/** Facilities and their occupancy in real time (counted at each request). */
@Path("facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class FacilitiesResource {

    @Inject Facilities facilities;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the facility as JSON") NewFacility request) {
        Map<PlaceType, Integer> capacity = placeTypes(request.places());
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST facilities",
                request,
                uri,
                () -> {
                    Facility facility =
                            facilities.register(
                                    request.kind(),
                                    request.name(),
                                    request.location(),
                                    capacity,
                                    caller.name());
                    return Created.at(
                            "facilities/" + facility.id(), FacilityView.of(facility, Map.of()));
                });
    }

    @GET
    @Transactional
    public List<FacilityView> list() {
        Map<String, Map<PlaceType, Long>> occupancy = facilities.occupancy();
        return facilities.all().stream()
                .map(f -> FacilityView.of(f, occupancy.getOrDefault(f.id(), Map.of())))
                .toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public FacilityView one(@PathParam("id") String id) {
        return FacilityView.of(facilities.find(id), facilities.occupancy(id));
    }

    private static Map<PlaceType, Integer> placeTypes(Map<String, Integer> places) {
        Map<PlaceType, Integer> capacity = new EnumMap<>(PlaceType.class);
        places.forEach(
                (type, count) -> {
                    try {
                        capacity.put(PlaceType.valueOf(type), count);
                    } catch (IllegalArgumentException e) {
                        throw ProblemException.invalidField(
                                "places." + type,
                                "must be one of ADULT_MALE, ADULT_FEMALE, FAMILY, CHILD");
                    }
                });
        return capacity;
    }
}
