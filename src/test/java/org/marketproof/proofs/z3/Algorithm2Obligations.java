package org.marketproof.proofs.z3;

import java.util.ArrayList;
import java.util.List;

/**
 * Every Z3 obligation over {@code Algorithm2Algebra} (paper 000), as one list, for the mutation
 * test: it loads this class next to a mutated copy of the algebra and calls {@link #firstUnmet}.
 */
public final class Algorithm2Obligations {

    private Algorithm2Obligations() {
    }

    static List<Obligation> all() {
        List<Obligation> all = new ArrayList<>(BudgetBalanceProofTest.obligations());
        all.addAll(ExpectedSettlementProofTest.obligations());
        all.addAll(IncentiveProofTest.obligations());
        return all;
    }

    /**
     * @return the claim of the first obligation whose verdict is not the expected one, or the empty
     *     string if all are met
     */
    public static String firstUnmet() {
        for (Obligation o : all()) {
            if (!o.met()) {
                return o.claim();
            }
        }
        return "";
    }
}
