package org.marketproof.market.mechanism.catalog;

import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Algorithm2Design;
import org.marketproof.market.mechanism.Design;

/**
 * A mutant's announcement (13): the instructions and allocations it publishes, and the paper design
 * whose constants (N_1*, N_2*, d_i, W, q_j+) its prices and payments use. For the paper and most
 * mutants the two agree; a mutant may announce one thing and compute with another (off-by-one-N1).
 *
 * @param formulas the design of Algorithm 2 whose constants prices (14) and payments (15) use
 * @param n1 N_1* as announced
 * @param n2 N_2* as announced
 * @param allocations m_j per buyer type, as announced
 * @param poolsEveryone whether buyers' subsets are drawn from every contributor's submission, not
 *     only from Y_1 u Y_2 (line 10 of Algorithm 2)
 */
public record MutantDesign(Algorithm2Design formulas, int n1, int n2, List<Integer> allocations, boolean poolsEveryone)
        implements Design {

    /**
     * @param formulas the design of Algorithm 2 whose constants prices (14) and payments (15) use
     * @param n1 N_1* as announced, {@code >= 0}
     * @param n2 N_2* as announced, {@code >= 0}
     * @param allocations m_j per buyer type, one per buyer type of the instance
     * @param poolsEveryone whether buyers' subsets are drawn from every contributor's submission
     * @throws IllegalArgumentException if an instruction is negative or the allocations do not
     *     match the buyer types
     */
    public MutantDesign {
        allocations = List.copyOf(allocations);
        if (n1 < 0 || n2 < 0 || allocations.size() != formulas.instance().buyers().size()) {
            throw new IllegalArgumentException("instructions must be >= 0 and there is one allocation per buyer type");
        }
    }

    /**
     * @param paper the paper's design for the instance
     * @return the paper's announcement (13): N+ - 1, 1 and m_j+, formulas from the same design
     */
    public static MutantDesign of(Algorithm2Design paper) {
        List<Integer> m = new java.util.ArrayList<>();
        for (int j = 0; j < paper.instance().buyers().size(); j++) {
            m.add(paper.allocation(j));
        }
        return new MutantDesign(paper, paper.n1(), paper.n2(), m, false);
    }

    /**
     * @param announced1 the new N_1*
     * @param announced2 the new N_2*
     * @return this announcement with N_1*, N_2* changed both in (13) and in the formulas
     */
    public MutantDesign withSizes(int announced1, int announced2) {
        Algorithm2Design f = new Algorithm2Design(formulas.instance(), formulas.pricing(), announced1, announced2);
        return new MutantDesign(f, announced1, announced2, allocations, poolsEveryone);
    }

    /**
     * @param announced1 the N_1* announced
     * @param announced2 the N_2* announced
     * @return this announcement with other instructions, the formulas unchanged
     */
    public MutantDesign announcing(int announced1, int announced2) {
        return new MutantDesign(formulas, announced1, announced2, allocations, poolsEveryone);
    }

    /**
     * @param m the allocations m_j, one per buyer type
     * @return this announcement with other allocations m_j
     */
    public MutantDesign allocating(List<Integer> m) {
        return new MutantDesign(formulas, n1, n2, m, poolsEveryone);
    }

    /** @return this announcement selling from every contributor's submission */
    public MutantDesign poolingEveryone() {
        return new MutantDesign(formulas, n1, n2, allocations, true);
    }

    @Override
    public MarketInstance instance() {
        return formulas.instance();
    }

    @Override
    public int instruction(int contributor) {
        return switch (contributor) {
            case 0 -> n1;
            case 1 -> n2;
            default -> 0;
        };
    }

    @Override
    public int allocation(int buyerType) {
        return allocations.get(buyerType);
    }

    @Override
    public boolean sold(int contributor) {
        return poolsEveryone || contributor < 2;
    }
}
