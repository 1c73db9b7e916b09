package org.marketproof.verify;

import org.junit.jupiter.api.Test;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.mechanism.catalog.MechanismCatalog;
import org.marketproof.market.strategy.Scenarios;

class SmokeTmpTest {
    @Test
    void smoke() {
        Scenarios sc = Scenarios.ordinary();
        for (String name : MechanismCatalog.names()) {
            Mechanism m = MechanismCatalog.named(name, sc.pricing());
            long t = System.nanoTime();
            StrategicClaims.Report r = StrategicClaims.run(m, sc.instance(), 1, org.marketproof.market.strategy.DeviationSearch.standard(org.marketproof.market.strategy.Progress.NONE));
            System.out.println("=== " + name + " " + (System.nanoTime() - t) / 1e9 + "s");
            r.verdicts().forEach(v -> System.out.println(v.claim() + " " + v.verdict() + " :: " + v.evidence().substring(0, Math.min(400, v.evidence().length()))));
        }
    }
}
