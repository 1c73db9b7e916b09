package org.marketproof.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketproof.cli.Main;
import picocli.CommandLine;

/** exploit, replay and plot: exit codes, one-line errors, no NaN or Infinity in output. */
class CliTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(args);
            return new Run(exit, buf.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void exploitExitsOneWhenItCertifiesADeviationAndZeroOtherwise() {
        Run bad = run("exploit", "src/main/resources/examples/strategic-negative-w.json", "--contributor", "cheap");
        assertEquals(1, bad.exit);
        assertTrue(bad.out.contains("CERTIFIED"), bad.out);
        Run ok = run("exploit", "src/main/resources/examples/strategic-scenario.json", "--contributor", "c2", "--json");
        assertEquals(0, ok.exit, ok.err);
        assertFalse(ok.out.contains("NaN") || ok.out.contains("Infinity"), ok.out);
    }

    @Test
    void replayExitsOneWhileTheViolationReproduces() {
        Run r = run("replay", "specs/findings/s3-theorem4-nothing-sold.json");
        assertEquals(1, r.exit, r.err);
        assertTrue(r.out.contains("REPRODUCES"));
        assertTrue(run("replay", "--help").out.contains("1 the violation reproduces, 0 it no longer does"));
    }

    @Test
    void replayExitsZeroWhenTheViolationNoLongerReproduces(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("specs/findings/s1-icc-paper-negative-w.json"))
                .replace("\"cost\" : 0.1", "\"cost\" : 0.01"); // c_2 = c_1: W >= 0, the deviation no longer pays
        Path f = dir.resolve("fixed.json");
        Files.writeString(f, text);
        Run r = run("replay", f.toString());
        assertEquals(0, r.exit, r.out + r.err);
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Run r = run("exploit", "no-such-file.json");
        assertEquals(2, r.exit);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertEquals(2, run("exploit", "src/main/resources/examples/strategic-scenario.json", "--mechanism", "nope").exit);
    }

    @Test
    void plotWritesAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("u.png");
        Run r = run("plot", "utility", "src/main/resources/examples/strategic-scenario.json", "--contributor", "c1",
                "--out", png.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals(900, ImageIO.read(png.toFile()).getWidth());
    }
}
