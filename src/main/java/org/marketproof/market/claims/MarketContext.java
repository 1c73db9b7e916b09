package org.marketproof.market.claims;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.marketproof.claims.ClaimId;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.pricing.Algorithm1;
import org.marketproof.market.pricing.Algorithm1Result;
import org.marketproof.market.strategy.DeviationSearch;
import org.marketproof.market.strategy.Game;
import org.marketproof.market.strategy.Profile;

/**
 * One mechanism on one instance, with what the claims of paper 000 share about it: the design, the
 * game, the recommended profile s* = {(N_i*, I)}, the certified bounds on OPT and the deviation
 * searches. Everything is computed once, on first use.
 */
public final class MarketContext {

    private final GuardedMechanism mechanism;
    private final MarketInstance instance;
    private final long seed;
    private final MarketCheckOptions options;
    private Optional<Design> design;
    private Game game;
    private final Map<Integer, DeviationSearch.Result> searches = new HashMap<>();

    /**
     * @param mechanism the mechanism under audit (guarded here: what it throws becomes a recorded failure)
     * @param instance the market it is audited on
     * @param seed every random choice of the checks derives from it
     * @param options the loss allowance and the deviation search
     */
    public MarketContext(Mechanism mechanism, MarketInstance instance, long seed, MarketCheckOptions options) {
        this.mechanism = GuardedMechanism.of(mechanism);
        this.instance = instance;
        this.seed = seed;
        this.options = options;
    }

    /** @return the mechanism, guarded */
    public Mechanism mechanism() {
        return mechanism;
    }

    /** @return the market audited */
    public MarketInstance instance() {
        return instance;
    }

    /** @return the run's seed, from which {@link #seedFor} derives every other */
    public long seed() {
        return seed;
    }

    /** @return the loss allowance and the deviation search */
    public MarketCheckOptions options() {
        return options;
    }

    /** @return the first input the mechanism failed on, in any check so far */
    Optional<MechanismFailure> firstFailure() {
        return mechanism.firstFailure();
    }

    /** @return the mechanism's design for the instance, or empty when it cannot serve it */
    public synchronized Optional<Design> design() {
        if (design == null) {
            try {
                design = Optional.of(mechanism.design(instance));
            } catch (MechanismFailure f) {
                design = Optional.empty();
            }
        }
        return design;
    }

    /** @return the game; only once {@link #design()} is present */
    public synchronized Game game() {
        if (game == null) {
            game = Game.of(mechanism, design().orElseThrow());
        }
        return game;
    }

    /** @return s* = {(N_i*, I)} */
    public Profile star() {
        return Profile.recommended(design().orElseThrow());
    }

    /** @return whether utilities are exact: the mechanism declares prices and payments quadratic in the means */
    public boolean exact() {
        return mechanism.dependsOnlyOnSizesAndMeans();
    }

    /** @return the number of contributors |C| */
    public int contributors() {
        return instance.contributors().size();
    }

    /** @return the certified bounds on OPT */
    public OptBounds opt() {
        return OptBounds.of(instance);
    }

    /** @return c_2 - c_1, exactly */
    public BigFraction costGap() {
        return BigFraction.from(instance.cost(1)).subtract(BigFraction.from(instance.cost(0)));
    }

    /** @return |B| O(epsilon) of Theorem 5.1 and Lemma 2 */
    public BigFraction allowance() {
        return options.lossPerBuyer().multiply(instance.buyerCount());
    }

    /**
     * @return whether Algorithm 1 cannot tabulate the instance (floor(|B|/c_1) too large): a
     *     limitation of this implementation, not of a mechanism
     */
    public boolean beyondAlgorithm1Limits() {
        BigDecimal limit = Algorithm1.searchLimit(instance.buyerCount(), instance.cost(0));
        return limit.compareTo(BigDecimal.valueOf(Algorithm1.MAX_TABLE_CELLS / instance.buyers().size() - 1)) > 0;
    }

    /**
     * @return why the strategic search does not run on this instance (some N_i* above {@link
     *     DeviationSearch#MAX_INSTRUCTION}), if it does not; a limit of this suite, not of the mechanism
     */
    public Optional<String> searchRefusal() {
        if (design().isPresent()) {
            for (int i = 0; i < contributors(); i++) {
                Optional<String> r = DeviationSearch.refusal(design().get(), i);
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * @param contributor the contributor's index i, in cost order
     * @return the best deviation the search found for contributor i from s* (cached)
     * @throws IllegalStateException if the search is refused ({@link #searchRefusal})
     */
    public synchronized DeviationSearch.Result search(int contributor) {
        return searches.computeIfAbsent(contributor, i -> search(star(), i, seedFor(100 + i)));
    }

    /**
     * @return the best deviation found for contributor i from {@code base}: the full search when
     *     utilities are exact, the short black-box one when every utility is simulated
     * @param base the profile deviated from
     * @param contributor the contributor's index i, in cost order
     * @param seed every random choice of the search derives from it
     * @throws IllegalStateException if the search is refused ({@link #searchRefusal})
     */
    public DeviationSearch.Result search(Profile base, int contributor, long seed) {
        searchRefusal().ifPresent(r -> {
            throw new IllegalStateException("callers check searchRefusal() first: " + r);
        });
        return exact() ? options.search().search(game(), base, contributor, seed)
                : BlackBoxSearch.search(game(), base, contributor, seed);
    }

    /**
     * @param purpose a number distinct for each use of randomness within a run
     * @return a seed for one purpose, derived from the run's seed
     */
    public long seedFor(int purpose) {
        return new java.util.SplittableRandom(seed + 0x9E3779B97F4A7C15L * purpose).nextLong();
    }

    /** @return the Algorithm 1 output the design was built from (Algorithm 2's, also under a catalog mutant) */
    Optional<Algorithm1Result> algorithm1() {
        return design().flatMap(MechanismCatalog::algorithm1Output);
    }

    /** @return the Algorithm 1 output the design was built from, for certificates to replay; null if none */
    GivenPricing pricing() {
        return algorithm1().map(r -> new GivenPricing(r.nPlus(), r.purchases(), r.prices())).orElse(null);
    }

    /** @return the subject of a certificate about this mechanism */
    Subject subject(ClaimId claim) {
        return new Subject(claim, mechanism, instance, pricing());
    }
}
