package org.asylon.detention.order.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asylon.kernel.profile.ActiveProfile;

/** Detention's rules and clocks under the active legal profile, read once. */
@ApplicationScoped
public class OrderProfile {

    private ActiveProfile active;
    private volatile DetentionCalendar calendar;

    protected OrderProfile() {
        // for CDI's client proxy
    }

    @Inject
    public OrderProfile(ActiveProfile active) {
        this.active = active;
    }

    public DetentionCalendar calendar() {
        DetentionCalendar current = calendar;
        if (current == null || current.profile() != active.profile()) {
            current = new DetentionCalendar(active.profile());
            calendar = current;
        }
        return current;
    }
}
