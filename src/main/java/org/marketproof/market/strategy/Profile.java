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

    public Profile {
        strategies = List.copyOf(strategies);
    }

    /** @return s* = {(N_i*, I)}: everyone collects as instructed and submits truthfully */
    public static Profile recommended(Design design) {
        List<Strategy> s = new ArrayList<>();
        for (int i = 0; i < design.instance().contributors().size(); i++) {
            s.add(Strategy.truthful(design.instruction(i)));
        }
        return new Profile(s);
    }

    /** @return (s_i', s_{-i}) */
    public Profile with(int contributor, Strategy s) {
        List<Strategy> copy = new ArrayList<>(strategies);
        copy.set(contributor, s);
        return new Profile(copy);
    }

    public Strategy get(int contributor) {
        return strategies.get(contributor);
    }

    public int size() {
        return strategies.size();
    }
}
