package org.marketproof.proofs.key;

import de.uka.ilkd.key.api.ProofManagementApi;
import de.uka.ilkd.key.control.DefaultUserInterfaceControl;
import de.uka.ilkd.key.control.KeYEnvironment;
import de.uka.ilkd.key.pp.LogicPrinter;
import de.uka.ilkd.key.proof.Goal;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.io.ProofSaver;
import de.uka.ilkd.key.settings.ChoiceSettings;
import de.uka.ilkd.key.settings.PathConfig;
import de.uka.ilkd.key.settings.ProofSettings;
import de.uka.ilkd.key.settings.StrategySettings;
import de.uka.ilkd.key.speclang.Contract;
import de.uka.ilkd.key.strategy.StrategyProperties;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Proves the JML contracts of the verified kernel ({@code org.marketproof.kernel}) with KeY's
 * automatic strategy, with Java integer overflow as a proof obligation, saves each proof, and exits
 * with status 0 only if every contract it was asked to prove closed.
 *
 * <p>Runs in a JVM of its own (see {@link KeyFork}): KeY keeps static state, and a failed load can
 * leave the JVM unusable. Usage:
 * <pre>KernelProver SOURCE_DIR WORK_DIR PROOF_DIR|- [NAME,NAME,...|- [MAX_STEPS]]</pre>
 * SOURCE_DIR holds the kernel sources (or mutated copies of them, see {@code ProofMutationTest});
 * only its classes (not {@code package-info.java}) are copied to WORK_DIR/src, so KeY reads
 * nothing else. KeY's settings directory is WORK_DIR/config, fresh on each run. With names (e.g.
 * {@code BalancedRounding.balance}) only those contracts are proved; the others are listed as
 * skipped ({@code -}: all are proved). MAX_STEPS replaces the default step limit {@value #MAX_STEPS}. Each proof is saved as PROOF_DIR/Class.method.proof (not with {@code -}) and a line per
 * contract ({@code closed|open <tab> name <tab> nodes <tab> millis}, or {@code skipped <tab> name})
 * goes to WORK_DIR/{@value #SUMMARY}.
 *
 * <p>Settings: integer semantics {@value #CHECKING_OVERFLOW} (Java ints and longs are mathematical
 * integers and every arithmetic result must be shown to fit its type), runtime exceptions banned
 * ({@value #RUNTIME_EXCEPTIONS}: the proof must show that no null dereference, bad index, negative
 * array size or explicit throw happens), method contracts for calls, the taclet-based loop-scope
 * invariant rule for loops, non-linear arithmetic by defining operations, normal (not delayed)
 * splitting, at most {@value #MAX_STEPS} rule applications per contract and no wall-clock limit, so
 * that a verdict does not depend on the machine's load. With delayed splitting,
 * KeY's default, the strategy leaves an overflow guard such as {@code a - b} in range unsplit next
 * to the program and stops; with normal splitting it closes it by linear arithmetic.
 */
public final class KernelProver {

    /** Mathematical integers, plus a proof obligation that no Java arithmetic result overflows. */
    static final String CHECKING_OVERFLOW = "intRules:arithmeticSemanticsCheckingOF";
    static final String RUNTIME_EXCEPTIONS = "runtimeExceptions:ban";
    static final String SUMMARY = "summary.tsv";
    private static final int OPEN_GOAL_CHARS = 4_000;
    static final int MAX_STEPS = 20_000;
    /** No wall-clock limit: on a loaded machine it would decide the verdict; the step limit bounds each proof. */
    private static final long NO_TIMEOUT = -1;

    private KernelProver() {
    }

    public static void main(String[] args) throws Exception {
        Path kernel = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Path proofs = args[2].equals("-") ? null : Files.createDirectories(Path.of(args[2]));
        Set<String> only = args.length > 3 && !args[3].equals("-") ? Set.of(args[3].split(",")) : Set.of();
        int maxSteps = args.length > 4 ? Integer.parseInt(args[4]) : MAX_STEPS;
        Path src = copyKernel(kernel, work.resolve("src"));
        Path config = Files.createDirectories(work.resolve("config"));
        PathConfig.setKeyConfigDir(config.toString());
        chooseSemantics();

        KeYEnvironment<DefaultUserInterfaceControl> env = KeYEnvironment.load(src.toFile(), null, null, null);
        boolean allClosed = true;
        try (PrintWriter summary = new PrintWriter(
                Files.newBufferedWriter(work.resolve(SUMMARY), StandardCharsets.UTF_8))) {
            List<Contract> contracts = new ProofManagementApi(env).getProofContracts();
            for (Contract contract : contracts) {
                if (!only.isEmpty() && !only.contains(fileName(contract))) {
                    summary.println("skipped\t" + fileName(contract));
                    continue;
                }
                long start = System.nanoTime();
                Proof proof = env.createProof(contract.createProofObl(env.getInitConfig(), contract));
                configure(proof, maxSteps);
                env.getProofControl().startAndWaitForAutoMode(proof);
                long millis = (System.nanoTime() - start) / 1_000_000;
                boolean closed = proof.closed();
                allClosed &= closed;
                String name = fileName(contract);
                if (proofs != null) {
                    ProofSaver.saveToFile(proofs.resolve(name + ".proof").toFile(), proof);
                }
                String line = (closed ? "closed" : "open") + "\t" + name + "\t" + proof.countNodes() + "\t" + millis;
                summary.println(line);
                System.out.println(line + "\t" + contract.getName());
                if (!closed) {
                    reportOpenGoals(proof, work.resolve("open-goals"), name);
                }
                proof.dispose();
            }
        } finally {
            env.dispose();
        }
        System.exit(allClosed ? 0 : 1);
    }

    /**
     * Writes every open goal to {@code dir/name.txt} and prints the first one (shortened), so that a
     * failing CI log shows where the proof is stuck.
     */
    private static void reportOpenGoals(Proof proof, Path dir, String name) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Goal goal : proof.openGoals()) {
            all.append(LogicPrinter.quickPrintSequent(goal.sequent(), proof.getServices())).append("\n----\n");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), all);
        String first = all.substring(0, Math.min(all.length(), OPEN_GOAL_CHARS));
        System.out.println(proof.openGoals().size() + " open goal(s), all in " + dir.resolve(name + ".txt")
                + "; the first:\n" + first);
    }

    /** Copies the kernel classes, without {@code package-info.java}, into {@code root/<package path>}. */
    private static Path copyKernel(Path kernel, Path root) throws IOException {
        Path target = Files.createDirectories(root.resolve("org/marketproof/kernel"));
        try (Stream<Path> files = Files.list(kernel)) {
            files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .forEach(p -> copy(p, target.resolve(p.getFileName())));
        }
        return root;
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Selects the taclet options; they take effect for the environment loaded afterwards. */
    private static void chooseSemantics() {
        ChoiceSettings choices = ProofSettings.DEFAULT_SETTINGS.getChoiceSettings();
        Map<String, String> defaults = new HashMap<>(choices.getDefaultChoices());
        defaults.put("intRules", CHECKING_OVERFLOW);
        defaults.put("runtimeExceptions", RUNTIME_EXCEPTIONS);
        choices.setDefaultChoices(defaults);
    }

    private static void configure(Proof proof, int maxSteps) {
        StrategySettings settings = proof.getSettings().getStrategySettings();
        StrategyProperties sp = settings.getActiveStrategyProperties();
        sp.setProperty(StrategyProperties.METHOD_OPTIONS_KEY, StrategyProperties.METHOD_CONTRACT);
        sp.setProperty(StrategyProperties.LOOP_OPTIONS_KEY, StrategyProperties.LOOP_SCOPE_INV_TACLET);
        sp.setProperty(StrategyProperties.DEP_OPTIONS_KEY, StrategyProperties.DEP_ON);
        sp.setProperty(StrategyProperties.QUERY_OPTIONS_KEY, StrategyProperties.QUERY_ON);
        sp.setProperty(StrategyProperties.NON_LIN_ARITH_OPTIONS_KEY, StrategyProperties.NON_LIN_ARITH_DEF_OPS);
        sp.setProperty(StrategyProperties.STOPMODE_OPTIONS_KEY, StrategyProperties.STOPMODE_DEFAULT);
        sp.setProperty(StrategyProperties.SPLITTING_OPTIONS_KEY, StrategyProperties.SPLITTING_NORMAL);
        settings.setActiveStrategyProperties(sp);
        settings.setMaxSteps(maxSteps);
        settings.setTimeout(NO_TIMEOUT);
        proof.setActiveStrategy(proof.getActiveStrategyFactory().create(proof, sp));
    }

    /** @return e.g. {@code BalancedRounding.balance}, unique while the kernel has no overloads */
    private static String fileName(Contract contract) {
        return contract.getKJT().getName() + "." + contract.getTarget().name().toString().replaceAll(".*::", "");
    }
}
