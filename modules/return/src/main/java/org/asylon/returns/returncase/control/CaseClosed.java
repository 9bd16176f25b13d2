package org.asylon.returns.returncase.control;

import java.time.Instant;
import org.asylon.returns.returncase.entity.Closure;

/**
 * A return case ended (CDI event, fired in the closing transaction): what still hangs on the case
 * elsewhere in the module ends with it — a planned operation is called off, an AVRR referral stops
 * and its shared data is erased.
 */
public record CaseClosed(String caseId, Closure closure, String by, Instant at) {}
