package org.marketproof.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.marketproof.InvalidInputException;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.PoaCurve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketproof plot-poa COMPETITION.json --out FILE.png|FILE.svg [--data FILE.csv]}: price of anarchy against coupling scale. */
@Command(name = "plot-poa", mixinStandardHelpOptions = true,
        description = "Plot the price of anarchy against the coupling scale alpha (Xi replaced by alpha Xi),"
                + " up to where equilibria stop existing.")
public final class PlotPoaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COMPETITION.json", description = "the competition file")
    Path file;

    /** {@code --out} and {@code --data}. */
    @Mixin
    PlotFiles files;

    /** Most values of alpha: each is a whole equilibrium analysis. */
    static final int MAX_POINTS = 2000;

    /**
     * Most {@code --points} times the file's coupling work {@code |S| |B|^2}
     * ({@link CompetitionFile#MAX_COUPLING_WORK}): each point is a whole equilibrium analysis, so a
     * large market gets fewer points rather than an hour-long plot.
     */
    static final long MAX_PLOT_WORK = 2_000_000;

    @Option(names = "--points", description = "number of alpha values, 2 to " + MAX_POINTS + " (default ${DEFAULT-VALUE})",
            defaultValue = "60")
    int points;

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        if (points > MAX_POINTS) {
            throw new InvalidInputException("--points", "at most " + MAX_POINTS + " (the limit), found " + points);
        }
        files.check();
        CompetitionInstance instance = CompetitionFile.read(file);
        long work = CompetitionFile.couplingWork(instance.sources().size(), instance.aggregators().size());
        if (points * work > MAX_PLOT_WORK) {
            throw new InvalidInputException("--points", points + " values of alpha on a market of coupling work |S| |B|^2 = "
                    + work + " exceed the limit " + MAX_PLOT_WORK + " on points x |S| |B|^2; use --points "
                    + MAX_PLOT_WORK / work + " or fewer");
        }
        PoaCurve curve;
        try (ProgressLine line = progress.line("values of alpha")) {
            curve = PoaCurve.of(instance, points, line);
        }
        String wrote = files.write(PoaPlot.chart(curve, "Price of anarchy vs coupling: " + file.getFileName()),
                PoaPlot.data(curve));
        System.out.println(wrote + " (" + points + " values of alpha up to "
                + String.format(Locale.ROOT, "%.4g", curve.alphas()[points - 1]) + ")");
        return 0;
    }
}
