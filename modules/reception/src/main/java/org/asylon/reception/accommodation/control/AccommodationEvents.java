package org.asylon.reception.accommodation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.reception.accommodation.entity.Allocation;

/**
 * The accommodation events (catalogue in modules/reception/README.md). Where a person sleeps is
 * sensitive, a safe house above all: the data carries ids and the place type, never a name.
 */
@ApplicationScoped
public class AccommodationEvents {

    public static final String ALLOCATED = "org.asylon.reception.allocated.v1";

    private EventPublisher publisher;

    protected AccommodationEvents() {
        // for CDI's client proxy
    }

    @Inject
    public AccommodationEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    /**
     * @param previousFacilityId where the person was before a transfer, or null for a first
     *     allocation
     */
    public void allocated(Allocation a, String previousFacilityId) {
        JsonObjectBuilder data =
                Jsons.object()
                        .add("arrivalId", a.arrivalId())
                        .add("allocationId", a.id())
                        .add("facilityId", a.facilityId())
                        .add("placeType", a.placeType().name())
                        .add("emergencyOverride", a.emergencyOverride())
                        .add("allocatedAt", a.allocatedAt().toString());
        if (previousFacilityId != null) {
            data.add("previousFacilityId", previousFacilityId);
        }
        publisher.publish(ALLOCATED, "arrivals/" + a.arrivalId(), data.build());
    }
}
