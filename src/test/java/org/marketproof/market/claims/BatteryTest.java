package org.marketproof.market.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.InvalidInputException;
import org.marketproof.io.JsonInput;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.NothingSold;
import org.marketproof.market.settlement.Settlement;
import org.marketproof.market.strategy.Scenarios;

/** The catalog as a library call, as a user's CI would use it (specs/strategies.md, "Auditing your mechanism"). */
public class BatteryTest {

    /**
     * A user's mechanism: pays contributor 1 a flat fee for a dataset of the right size, whatever it
     * contains. Black box to the suite (no declarations), so it is evaluated by simulation.
     */
    public static final class FlatFeeMechanism implements Mechanism {
        private final NothingSold nothing = new NothingSold();

        @Override
        public String name() {
            return "flat-fee";
        }

        @Override
        public Design design(MarketInstance instance) {
            return new Design() {
                @Override
                public MarketInstance instance() {
                    return instance;
                }

                @Override
                public int instruction(int contributor) {
                    return contributor == 0 ? 4 : 0;
                }

                @Override
                public int allocation(int buyerType) {
                    return 0;
                }
            };
        }

        @Override
        public Settlement settle(Design design, List<double[]> submissions) {
            Settlement zero = nothing.settle(design, submissions);
            var pay = new java.util.ArrayList<>(zero.payments());
            pay.set(0, submissions.get(0).length == 4 ? org.apache.commons.numbers.fraction.BigFraction.ONE
                    : org.apache.commons.numbers.fraction.BigFraction.ZERO);
            return new Settlement(design.instance(), zero.prices(), pay);
        }
    }

    /** A user's Algorithm 2 that throws on an empty submission (issue 8: this crashed verify with exit 3). */
    public static final class ThrowsOnEmptyMechanism implements Mechanism {
        private final Mechanism paper = org.marketproof.market.mechanism.Algorithm2.withPricer(
                new org.marketproof.market.pricing.GridPricer(0.01));

        @Override
        public String name() {
            return "throws-on-empty";
        }

        @Override
        public Design design(MarketInstance instance) {
            return paper.design(instance);
        }

        @Override
        public Settlement settle(Design design, List<double[]> submissions) {
            if (submissions.stream().anyMatch(y -> y.length == 0)) {
                throw new IllegalStateException("no data");
            }
            return paper.settle(design, submissions);
        }
    }

    @Test
    void aFlawedUserMechanismFailsTheBuildWithAReplayableCertificate(@TempDir Path dir) throws Exception {
        System.setProperty(Battery.DIRECTORY_PROPERTY, dir.toString());
        try {
            AssertionError e = assertThrows(AssertionError.class, () ->
                    Battery.assertNoClaimFalsified(new FlatFeeMechanism(), List.of(Scenarios.ordinary().instance()), 3L));
            assertTrue(e.getMessage().contains("p000.icc falsified"), e.getMessage());
            assertTrue(e.getMessage().contains(MarketCertificate.FORMAT), e.getMessage());
        } finally {
            System.clearProperty(Battery.DIRECTORY_PROPERTY);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith("p000.icc")).findFirst().orElseThrow();
            MarketCertificate ce = MarketCertificate.read(JsonInput.document(f), (name, instance, pricing) -> {
                assertEquals("flat-fee", name);
                return new FlatFeeMechanism();
            });
            assertTrue(ce.recheck().violates());
        }
    }

    @Test
    void thePaperMechanismPassesTheGate() {
        Scenarios sc = Scenarios.ordinary();
        Battery.assertNoClaimFalsified(sc.paper(), List.of(sc.instance()), 5L);
    }

    @Test
    void loadsAUserMechanismByClassName() {
        Mechanism m = MechanismLoader.load(FlatFeeMechanism.class.getName(), List.of());
        assertEquals("flat-fee", m.name());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MechanismLoader.load("no.such.Mechanism", List.of()));
        assertEquals("--mechanism-class", e.field());
        assertThrows(InvalidInputException.class, () -> MechanismLoader.load(String.class.getName(), List.of()));
    }
}
