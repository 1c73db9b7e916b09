package org.marketproof.proofs.z3;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketproof.proofs.SourceMutant;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Z3 proofs can fail: each small breaking edit of {@code Algorithm2Algebra} below (a dropped
 * term, a wrong sign, swapped indices) is compiled from a copy of the source, loaded in a class
 * loader of its own next to the obligations of {@link Algorithm2Obligations}, and some obligation
 * must then miss its expected verdict (a claimed proof fails, or a claimed counterexample goes).
 */
class Algorithm2ProofMutationTest {

    private static final Path ALGEBRA = Path.of("src", "main", "java", "org", "marketproof", "market", "mechanism",
            "Algorithm2Algebra.java");
    private static final String ALGEBRA_CLASS = "org.marketproof.market.mechanism.Algorithm2Algebra";

    static List<SourceMutant> mutants() {
        return List.of(
                mutant("d_i: N_i* instead of (N_i*)^2", "f.multiply(cost(i), f.square(instruction(i)))",
                        "f.multiply(cost(i), instruction(i))"),
                mutant("W: wrong sign of the costs", "this.w = f.subtract(totalBasePrice,", "this.w = f.add(totalBasePrice,"),
                mutant("correction: N_i* for N_{-i}*", "f.add(f.divide(dv, otherInstruction(i)), f.divide(dv, instruction(i)))",
                        "f.add(f.divide(dv, instruction(i)), f.divide(dv, instruction(i)))"),
                mutant("(15): dropped c_i N_i*", "f.multiply(cost(i), instruction(i))),\n", "f.zero()),\n"),
                mutant("(15): wrong sign of the discrepancy term", "return f.subtract(base, f.multiply(d(i), gap));",
                        "return f.add(base, f.multiply(d(i), gap));"),
                mutant("(14): correction not divided by |B|", "f.divide(correction(i), buyers)", "correction(i)"),
                mutant("(14): dropped d_2 from the discrepancy term", "f.multiply(f.add(d(1), d(2)), gap)",
                        "f.multiply(d(1), gap)"),
                mutant("E[g]: dropped the second variance", "f.add(f.square(f.subtract(bias1, bias2)), f.add(var1, var2))",
                        "f.add(f.square(f.subtract(bias1, bias2)), var1)"),
                mutant("N_{-i}*: swapped contributors", "return i == 1 ? n2 : n1;", "return i == 1 ? n1 : n2;"),
                mutant("(14): contributor 1's share under contributor 2's indicator", "size1Ok ? priceBase(1, q)",
                        "size2Ok ? priceBase(1, q)"));
    }

    private static SourceMutant mutant(String name, String original, String replacement) {
        return new SourceMutant(name, ALGEBRA, original, replacement);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void z3RejectsTheMutant(SourceMutant mutant) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "proof-mutants", "z3"))
                .resolve(Integer.toHexString(mutant.name().hashCode()));
        Path source = dir.resolve("src").resolve(ALGEBRA.getFileName());
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.createDirectories(source.getParent());
        Files.writeString(source, mutant.mutatedText());
        compile(source, classes);
        URL testClasses = Obligation.class.getProtectionDomain().getCodeSource().getLocation();
        try (MutantLoader loader = new MutantLoader(new URL[] {classes.toUri().toURL(), testClasses},
                getClass().getClassLoader())) {
            String unmet = (String) loader.loadClass(Algorithm2Obligations.class.getName())
                    .getMethod("firstUnmet").invoke(null);
            System.out.println("[mutant] " + mutant.name() + ": " + (unmet.isEmpty() ? "SURVIVED" : "rejected by \"" + unmet + "\""));
            assertFalse(unmet.isEmpty(), "every Z3 obligation still holds for the mutant " + mutant.name());
        }
    }

    private static void compile(Path source, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                source.toString());
        assertEquals(0, status, "the mutant does not compile: " + errors.toString(StandardCharsets.UTF_8));
    }

    /**
     * Loads the algebra and the obligations itself (the mutant first, then the test classes), and
     * everything else (Z3, the field, JUnit) from the parent, so the obligations link to the mutant.
     */
    private static final class MutantLoader extends URLClassLoader {
        MutantLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(ALGEBRA_CLASS) && !name.startsWith(Obligation.class.getPackageName() + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
