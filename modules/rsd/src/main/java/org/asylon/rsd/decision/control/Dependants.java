package org.asylon.rsd.decision.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;

/**
 * The dependants covered by a principal's claim ({@code ownClaim} false): they have no decision of
 * their own and follow the principal's through every stage (derivative status, family unity), each
 * with their own stage change and events so that the non-refoulement check can be answered per
 * person.
 */
public final class Dependants {

    private Dependants() {}

    /** The principal's derivative dependants that are in one of {@code stages}. */
    public static List<AsylumApplication> following(
            EntityManager em, AsylumApplication principal, Stage... stages) {
        return em.createQuery(
                        "SELECT a FROM AsylumApplication a WHERE a.principalId = :principal"
                                + " AND a.ownClaim = false AND a.stage IN :stages ORDER BY a.madeAt, a.id",
                        AsylumApplication.class)
                .setParameter("principal", principal.id())
                .setParameter("stages", List.of(stages))
                .getResultList();
    }

    /**
     * True for a dependant covered by the principal's claim: no decision, notification or appeal of
     * their own.
     */
    public static boolean derivative(AsylumApplication a) {
        return a.principalId() != null && !a.ownClaim();
    }
}
