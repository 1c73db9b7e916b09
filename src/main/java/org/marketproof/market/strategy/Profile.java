package org.marketproof.market.strategy;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.market.mechanism.Design;

/**
 * A strategy profile s = (s_1, ..., s_|C|), contributors in cost order.
 *
 * @param strategies one per contributor
 */
public record Profile(List<Strategy> strategies) {

    /**
     * Copies the list.
     *
     * @param strategies one per contributor, in cost order
     */
    public Profile {
        strategies = List.copyOf(strategies);
    }

    /**
     * @param design the design whose instructions N_i* are followed
     * @return s* = {(N_i*, I)}: everyone collects as instructed and submits truthfully
     */
    public static Profile recommended(Design design) {
        List<Strategy> s = new ArrayList<>();
        for (int i = 0; i < design.instance().contributors().size(); i++) {
            s.add(Strategy.truthful(design.instruction(i)));
        }
        return new Profile(s);
    }

    /**
     * @param contributor the contributor's index i, in cost order
     * @param s the deviation s_i'
     * @return (s_i', s_{-i})
     */
    public Profile with(int contributor, Strategy s) {
        List<Strategy> copy = new ArrayList<>(strategies);
        copy.set(contributor, s);
        return new Profile(copy);
    }

    /**
     * @param contributor the contributor's index i, in cost order
     * @return s_i
     */
    public Strategy get(int contributor) {
        return strategies.get(contributor);
    }

    /** @return the number of contributors |C| */
    public int size() {
        return strategies.size();
    }
}
