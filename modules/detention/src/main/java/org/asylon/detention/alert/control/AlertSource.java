package org.asylon.detention.alert.control;

import java.time.Instant;
import java.util.List;

/**
 * An area of the module that reports the conditions calling for alerts (orders, places, conditions
 * of detention). Every implementation is a CDI bean; the sweep asks them all.
 */
public interface AlertSource {

    /** The conditions that hold at {@code now}; reading only, in the sweep's transaction. */
    List<AlertCondition> conditions(Instant now);
}
