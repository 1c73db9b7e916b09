package org.marketproof.proofs.key;

import org.junit.jupiter.api.Test;
import org.marketproof.proofs.SourceMutant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The KeY proofs can fail: each small breaking edit of the kernel below (an off-by-one, a swapped
 * or weakened comparison, a wrong sign) is applied to a copy of its class, renamed
 * {@code <Class>M<k>} so that several mutants load together, and KeY must leave the contract of the
 * mutated method open. The mutants are in the contracts whose proofs are short ({@code raised},
 * {@code prefersOwn}, {@code individuallyRational}).
 *
 * <p>KeY runs with the settings of {@link KernelProofTest} but a step limit of
 * {@value #STEP_BUDGET} rule applications instead of {@value KernelProver#MAX_STEPS}: a broken
 * contract cannot close (KeY is sound), so without a smaller limit an open proof may run on to
 * 20,000 steps, which took over 7 minutes per load on this 2-core machine. The budget is fair
 * because it is tested: the unmutated contracts are proved in the same loads, under the same
 * budget, and must close (they need about 2,600-3,600 steps), so "open" means "does not close
 * where the original does", never "ran out of steps first".
 */
class KernelProofMutationTest {

    private static final List<Mutant> MUTANTS = List.of(
            new Mutant("BalancedRounding", "raised", "off by one: p <= deficit",
                    "result[p] = p < deficit ?", "result[p] = p <= deficit ?"),
            new Mutant("EnvyFreeness", "prefersOwn", "weakened comparison: >= for >",
                    "if (row[o] - price[o] > ownUtility)", "if (row[o] - price[o] >= ownUtility)"),
            new Mutant("EnvyFreeness", "prefersOwn", "wrong sign: row[own] + price[own]",
                    "long ownUtility = row[own] - price[own];", "long ownUtility = row[own] + price[own];"),
            new Mutant("EnvyFreeness", "individuallyRational", "swapped comparison: price < value",
                    "if (value[j][chosen[j]] < price[chosen[j]])", "if (price[chosen[j]] < value[j][chosen[j]])"),
            new Mutant("EnvyFreeness", "individuallyRational", "off by one: the loop starts at buyer 1",
                    "for (int j = 0; j < value.length; j++) {\n            if (value[j][chosen[j]]",
                    "for (int j = 1; j < value.length; j++) {\n            if (value[j][chosen[j]]"));

    /** Mutants are split over this many KeY loads, run in parallel as in {@link KernelProofTest}. */
    private static final int LOADS = 2;

    /** KeY's rule applications per contract; see the class comment. */
    static final int STEP_BUDGET = 4_500;

    /** The name under which a control is planned, in place of a mutant's edit. */
    private static final String CONTROL = "unmutated";

    /** The unmutated contracts, each proved in the load given, as the budget's control. */
    private static final Map<String, Integer> CONTROLS = Map.of(
            "BalancedRounding.raised", 0, "EnvyFreeness.prefersOwn", 1, "EnvyFreeness.individuallyRational", 1);

    /** One kernel mutant: the edit and the contract that must no longer close. */
    private record Mutant(String kernelClass, String method, String name, String original, String replacement) {
        SourceMutant edit() {
            return new SourceMutant(kernelClass + "." + method + ", " + name,
                    KernelProofTest.KERNEL.resolve(kernelClass + ".java"), original, replacement);
        }
    }

    @Test
    void keyRejectsEveryKernelMutantAndClosesTheOriginalsUnderTheSameBudget() throws Exception {
        Path root = Path.of("target", "proof-mutants", "key");
        List<KeyFork> forks = new ArrayList<>();
        List<Map<String, String>> planned = new ArrayList<>();
        for (int load = 0; load < LOADS; load++) {
            Path sources = Files.createDirectories(root.resolve("sources-" + load));
            Map<String, String> contracts = new LinkedHashMap<>();
            for (int k = load; k < MUTANTS.size(); k += LOADS) {
                Mutant m = MUTANTS.get(k);
                String renamed = m.kernelClass() + "M" + k;
                String text = m.edit().mutatedText().replace("class " + m.kernelClass() + " ", "class " + renamed + " ")
                        .replace("private " + m.kernelClass() + "()", "private " + renamed + "()");
                Files.writeString(sources.resolve(renamed + ".java"), text);
                contracts.put(renamed + "." + m.method(), m.edit().name());
            }
            for (Map.Entry<String, Integer> control : CONTROLS.entrySet()) {
                if (control.getValue() == load) {
                    String kernelClass = control.getKey().substring(0, control.getKey().indexOf('.'));
                    Files.copy(KernelProofTest.KERNEL.resolve(kernelClass + ".java"),
                            sources.resolve(kernelClass + ".java"), StandardCopyOption.REPLACE_EXISTING);
                    contracts.put(control.getKey(), CONTROL);
                }
            }
            planned.add(contracts);
            forks.add(KeyFork.start(sources, root.resolve("work-" + load), null, new ArrayList<>(contracts.keySet()),
                    STEP_BUDGET));
        }
        List<String> wrong = new ArrayList<>();
        for (int load = 0; load < LOADS; load++) {
            Map<String, String> verdicts = forks.get(load).verdicts();
            planned.get(load).forEach((contract, name) -> {
                String verdict = verdicts.get(contract);
                boolean control = name.equals(CONTROL);
                System.out.println((control ? "[control] " + contract : "[mutant] " + name) + ": KeY " + verdict);
                if (!(control ? "closed" : "open").equals(verdict)) {
                    wrong.add((control ? "control " + contract : "mutant " + name) + " (" + verdict + ")");
                }
            });
        }
        assertEquals(List.of(), wrong, "under a budget of " + STEP_BUDGET + " steps every original must close"
                + " and every mutant stay open");
    }
}
