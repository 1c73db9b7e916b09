package org.marketproof.market.mechanism.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mutants of Algorithm 2 of the mutation benchmark ({@code specs/mutation.md}): those that must
 * be caught, each with its claim, then the equivalent ones that must never be flagged.
 */
public final class Mutants {

    private static final List<Mutant> ALL = collect();

    private Mutants() {
    }

    private static List<Mutant> collect() {
        List<Mutant> all = new ArrayList<>();
        all.addAll(ConstantMutants.all());
        all.addAll(PriceMutants.all());
        all.addAll(PaymentMutants.all());
        all.addAll(DesignMutants.all());
        all.addAll(BoundaryMutants.all());
        all.addAll(EquivalentMutants.all());
        if (all.stream().map(Mutant::name).distinct().count() != all.size()) {
            throw new IllegalStateException("two mutants share a name");
        }
        return List.copyOf(all);
    }

    /** @return every mutant, those that must be caught first */
    public static List<Mutant> all() {
        return ALL;
    }

    /** @return the mutants that must be caught */
    public static List<Mutant> killing() {
        return ALL.stream().filter(m -> !m.equivalent()).toList();
    }

    /** @return the equivalent mutants */
    public static List<Mutant> equivalent() {
        return ALL.stream().filter(Mutant::equivalent).toList();
    }

    /**
     * @param name a mutant's name, as on the command line
     * @return the mutant of this name, or empty when there is none
     */
    public static Optional<Mutant> named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
