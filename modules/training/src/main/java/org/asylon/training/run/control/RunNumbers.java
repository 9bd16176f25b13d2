package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The next run number, from the counter row in a transaction of its own: the update locks the row
 * until the number is committed, so two runs opened at once never take the same number, and a run
 * that fails to open leaves its number unused rather than handing it to the next run, whose
 * trainees' accounts it names.
 */
@ApplicationScoped
public class RunNumbers {

    private EntityManager em;

    protected RunNumbers() {
        // for CDI's client proxy
    }

    @Inject
    public RunNumbers(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next() {
        em.createNativeQuery(
                        "UPDATE training_run_counter SET last_number = last_number + 1 WHERE id = 1")
                .executeUpdate();
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT last_number FROM training_run_counter WHERE id = 1")
                                .getSingleResult())
                .longValue();
    }
}
