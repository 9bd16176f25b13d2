package org.asylon.readmission.statelink.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.asylon.readmission.statelink.entity.SeenToken;

/**
 * The tokens partners have presented, until they expire. A token is written in its own transaction,
 * so that it stays spent whatever becomes of the call it carried; of two concurrent calls with one
 * token, the primary key lets exactly one through.
 */
@ApplicationScoped
public class SeenTokens {

    private EntityManager em;

    protected SeenTokens() {
        // for CDI's client proxy
    }

    @Inject
    public SeenTokens(EntityManager em) {
        this.em = em;
    }

    /** True the first time the token is presented; it is recorded in the same step. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean firstTime(StateToken t, Instant now) {
        String id = t.issuer() + "/" + t.tokenId();
        if (id.length() > 100 || em.find(SeenToken.class, id, LockModeType.NONE) != null) {
            return false;
        }
        em.persist(new SeenToken(id, t.issuer(), now, t.expiresAt().plus(StateTokenCheck.SKEW)));
        em.flush();
        return true;
    }

    /** Forgets the tokens that can no longer be presented anyway. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetExpired(Instant now) {
        return em.createQuery("DELETE FROM SeenToken t WHERE t.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
