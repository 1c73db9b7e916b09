package org.marketproof.market.claims;

import java.util.List;
import java.util.Optional;
import org.marketproof.market.strategy.ExactEvaluator;
import org.marketproof.market.strategy.Extended;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;
import org.marketproof.market.strategy.Strategy;
import org.marketproof.market.strategy.StrategyCatalog;
import org.marketproof.market.strategy.UtilityFigure;

/**
 * The inequalities of Lemmas 7-9 (appendix B), u_i(candidate, s*_-i) <= u_i(reference, s*_-i),
 * compared exactly; a violation is a {@link DeviationCertificate} from the reference.
 */
final class UtilitySteps {

    private UtilitySteps() {
    }

    /** @return the values of n the lemmas are checked at: the useful range without n = 0 */
    static List<Integer> collections(MarketContext c, int contributor) {
        int instructed = c.design().orElseThrow().instruction(contributor);
        return new StrategyCatalog(instructed, c.instance().variance()).usefulCollections().stream().filter(n -> n > 0)
                .toList();
    }

    /**
     * @return the certificate candidate when u_i(candidate) > u_i(reference), both exact and with
     *     the others at s*; empty when the step holds or either utility has no closed form
     */
    static Optional<DeviationCertificate> violation(MarketContext c, Subject subject, int contributor,
            Strategy candidate, Strategy reference) {
        Game g = c.game();
        Profile base = c.star().with(contributor, reference);
        ExactEvaluator exact = new ExactEvaluator();
        Optional<UtilityFigure> u = exact.contributorUtility(g, base.with(contributor, candidate), contributor, 0);
        Optional<UtilityFigure> r = exact.contributorUtility(g, base, contributor, 0);
        if (u.isEmpty() || r.isEmpty()) {
            return Optional.empty();
        }
        Optional<Extended> gain = u.get().exactGain(r.get());
        boolean up = gain.isPresent() && (gain.get().infinity() > 0 || (gain.get().isFinite()
                && gain.get().value().signum() > 0));
        return up ? Optional.of(new DeviationCertificate(subject, base, contributor, candidate, Sampling.EXACT))
                : Optional.empty();
    }
}
