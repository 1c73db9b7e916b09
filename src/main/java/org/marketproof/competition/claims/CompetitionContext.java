package org.marketproof.competition.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.claims.ClaimId;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.DeviationOracle;
import org.marketproof.competition.Equilibrium;
import org.marketproof.competition.EquilibriumAnalysis;
import org.marketproof.competition.EquilibriumCandidate;
import org.marketproof.competition.EquilibriumSolver;
import org.marketproof.competition.ExactMarket;
import org.marketproof.competition.ExactRefinement;
import org.marketproof.competition.KinkedEquilibria;
import org.marketproof.competition.Market;
import org.marketproof.competition.Stationarity;

/**
 * What the claims of paper 003 share about one instance: the market's constants in doubles and,
 * when it is small enough, in exact rationals; the solver's analysis; the exact equilibria it can
 * form; and the randomness, seeded per claim so that a claim's verdict does not depend on which
 * claims ran before it. Everything is computed at most once.
 */
public final class CompetitionContext {
    /** Seeded random starts of the deviation oracle besides the candidate itself. */
    public static final int ORACLE_STARTS = 2;
    /** How many kink witnesses {@link KinkedEquilibria#search} solves before giving up. */
    static final int KINK_BUDGET = 4;

    private final CompetitionInstance instance;
    private final String name;
    private final long seed;
    private final Market market;
    private final Optional<ExactMarket> exact;
    private final EquilibriumAnalysis analysis;
    private KinkedEquilibria.Search kinks;
    private List<EquilibriumCandidate> certified;

    /**
     * Computes the market's constants (exactly when small enough) and solves for its equilibria
     * once, for every claim to share.
     *
     * @param instance the competitive market
     * @param name names the instance in verdicts and certificates
     * @param seed every random choice derives from it (and the claim's id)
     * @throws org.marketproof.InvalidInputException if an estimator is undefined on the instance
     */
    public CompetitionContext(CompetitionInstance instance, String name, long seed) {
        this.instance = instance;
        this.name = name;
        this.seed = seed;
        this.market = new Market(instance);
        this.exact = ExactMarket.of(market);
        this.analysis = new EquilibriumSolver(market, exact).analyze();
    }

    /** @return the competitive market checked */
    public CompetitionInstance instance() {
        return instance;
    }

    /** @return the instance's name in verdicts and certificates */
    public String name() {
        return name;
    }

    /** @return the run's seed */
    public long seed() {
        return seed;
    }

    /** @return the market's constants in doubles */
    public Market market() {
        return market;
    }

    /** @return the exact constants, or empty when the market has more than {@link ExactMarket#LIMIT} unknowns */
    public Optional<ExactMarket> exact() {
        return exact;
    }

    /** @return what the solver established: {@code rho(Xi)}, the hypotheses, the equilibria found */
    public EquilibriumAnalysis analysis() {
        return analysis;
    }

    /**
     * @param claim the claim that draws
     * @return the random source of one claim: {@code seed} mixed with the claim's id
     */
    public UniformRandomProvider rng(ClaimId claim) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, claim.value().hashCode()});
    }

    /** @return the independent numerical oracle with {@link #ORACLE_STARTS} random starts */
    public DeviationOracle oracle() {
        return new DeviationOracle(market, ORACLE_STARTS);
    }

    /** @return the exact (26) equilibrium at equal shares, when the solver found it exactly */
    public Optional<EquilibriumCandidate> reducedEquilibrium() {
        return analysis.equilibria().stream().flatMap(e -> e.exact().stream()).findFirst()
                .map(a -> EquilibriumCandidate.polytopePoint(market, a, EquilibriumCandidate.equalShares(market)));
    }

    /** @return the first certified equilibrium at a kink (finding C6), with the witnesses tried */
    public KinkedEquilibria.Search kinks() {
        if (kinks == null) {
            kinks = exact.map(em -> KinkedEquilibria.search(em, KINK_BUDGET))
                    .orElse(new KinkedEquilibria.Search(Optional.empty(), 0));
        }
        return kinks;
    }

    /**
     * @return the equilibria found by the solver that {@link Stationarity} proves, as exact
     *     candidates at equal shares (solved exactly, or refined from doubles)
     */
    public List<EquilibriumCandidate> certifiedEquilibria() {
        if (certified == null) {
            certified = new ArrayList<>();
            if (exact.isPresent()) {
                for (Equilibrium e : analysis.equilibria()) {
                    Optional<EquilibriumCandidate> c = e.exact()
                            .map(a -> EquilibriumCandidate.polytopePoint(market, a, EquilibriumCandidate.equalShares(market)))
                            .or(() -> ExactRefinement.refine(exact.get(), e.a()));
                    if (c.isPresent() && judge(c.get()).status() == Stationarity.Status.GNE
                            && certified.stream().noneMatch(x -> java.util.Arrays.deepEquals(x.a(), c.get().a()))) {
                        certified.add(c.get());
                    }
                }
            }
        }
        return certified;
    }

    /**
     * @param c an exact candidate {@code (c, a)}
     * @return {@link Stationarity#judge} on this market
     * @throws java.util.NoSuchElementException if the market has no exact constants ({@link #exact})
     */
    public Stationarity.Judgement judge(EquilibriumCandidate c) {
        return Stationarity.judge(exact.orElseThrow(), c);
    }

    /**
     * @param s the source's index, {@code 0 <= s < N}
     * @return the source's name
     */
    public String source(int s) {
        return instance.sources().get(s).name();
    }

    /**
     * @param b the aggregator's index, {@code 0 <= b < M}
     * @return the aggregator's name
     */
    public String aggregator(int b) {
        return instance.aggregators().get(b).name();
    }
}
