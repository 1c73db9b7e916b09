package org.marketproof.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.marketproof.InvalidInputException;
import org.marketproof.competition.CompetitionFile;
import org.marketproof.competition.CompetitionInstance;
import org.marketproof.competition.PoaCurve;
import org.marketproof.competition.PoaPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marketproof plot-poa COMPETITION.json --out FILE.png}: price of anarchy against coupling scale. */
@Command(name = "plot-poa", mixinStandardHelpOptions = true,
        description = "Plot the price of anarchy against the coupling scale alpha (Xi replaced by alpha Xi),"
                + " up to where equilibria stop existing.")
public final class PlotPoaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COMPETITION.json", description = "the competition file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG to write")
    Path out;

    @Option(names = "--points", description = "number of alpha values (default ${DEFAULT-VALUE})", defaultValue = "60")
    int points;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true");
        CompetitionInstance instance = CompetitionFile.read(file);
        PoaCurve curve = PoaCurve.of(instance, points);
        try {
            if (!ImageIO.write(PoaPlot.render(curve, "Price of anarchy vs coupling: " + file.getFileName()), "png",
                    out.toFile())) {
                throw new InvalidInputException("--out", "no PNG writer available");
            }
        } catch (java.io.IOException e) {
            throw new InvalidInputException("--out", "cannot write " + out + ": " + e.getMessage());
        }
        System.out.println("wrote " + out + " (" + points + " values of alpha up to "
                + String.format("%.4g", curve.alphas()[points - 1]) + ")");
        return 0;
    }
}
