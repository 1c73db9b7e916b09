package org.marketproof.claims;

import java.util.List;

/**
 * A claim whose id, source, statement and hypotheses are fixed when it is built: the common part of
 * every claim class of both papers, which then only implement {@link #check}.
 *
 * @param <C> the context the claim is checked on
 */
public abstract class StatedClaim<C> implements Claim<C> {

    private final ClaimInfo info;
    private final List<Hypothesis<C>> hypotheses;

    /**
     * @param id the claim's id, e.g. {@code p000.bb}
     * @param source where the paper states it, including the paper, e.g. {@code paper 000, Theorem 4}
     * @param statement the statement in one sentence
     * @param hypotheses the hypotheses in the order they are checked
     */
    protected StatedClaim(String id, String source, String statement, List<Hypothesis<C>> hypotheses) {
        this.info = new ClaimInfo(ClaimId.of(id), source, statement);
        this.hypotheses = List.copyOf(hypotheses);
    }

    @Override
    public final ClaimInfo info() {
        return info;
    }

    @Override
    public final List<Hypothesis<C>> hypotheses() {
        return hypotheses;
    }
}
