package org.marketproof.cli;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.rng.simple.RandomSource;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.EquilibriumReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketproof equilibrium COMPETITION.json}: the GN equilibria of a competitive data market. */
@Command(name = "equilibrium", mixinStandardHelpOptions = true,
        description = "Generalized Nash equilibria of the aggregators' game (Westenbroek et al., Theorems 1, 2, 4),"
                + " the charge polytope, social cost and price of anarchy.")
public final class EquilibriumCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COMPETITION.json", description = "the competition file")
    Path file;

    @Mixin
    OutputOptions output;

    @Option(names = "--oracle", description = "also check each equilibrium with the numerical deviation oracle")
    boolean oracle;

    @Option(names = "--seed", description = "seed for the oracle's random starts and polytope point (default ${DEFAULT-VALUE})",
            defaultValue = "1")
    long seed;

    /**
     * The document of {@code equilibrium --json}: the report, with the seed when the oracle drew random points.
     *
     * @param seed the oracle's seed, with {@code --oracle} only
     * @param report the report's fields
     */
    record Document(Long seed, @JsonUnwrapped EquilibriumReport report) {
    }

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        EquilibriumReport report;
        try (ProgressLine line = progress.line("equilibria analysed")) {
            report = EquilibriumReport.build(CompetitionFile.read(file),
                    oracle ? RandomSource.XO_RO_SHI_RO_128_PP.create(seed) : null, line);
        }
        output.print("equilibrium", new Document(oracle ? seed : null, report),
                () -> report.text() + (oracle ? "seed " + seed : ""));
        return 0;
    }
}
