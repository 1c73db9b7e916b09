package org.marketproof.market.claims;

import java.util.ArrayList;
import java.util.List;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Design;
import org.marketproof.market.mechanism.Mechanism;
import org.marketproof.market.settlement.Settlement;

/**
 * A mechanism under audit, wrapped so that whatever it throws (or a malformed result) becomes a
 * {@link MechanismFailure} that records the input, never a crash of the suite. The first failure is
 * kept for {@code p000.defined}.
 */
final class GuardedMechanism implements Mechanism {

    private final Mechanism delegate;
    private final String name;
    private final boolean forms;
    private final boolean invariant;
    private volatile MechanismFailure first;

    private GuardedMechanism(Mechanism delegate) {
        this.delegate = delegate;
        this.name = guardedName(delegate);
        this.forms = guardedFlag(() -> delegate.dependsOnlyOnSizesAndMeans());
        this.invariant = guardedFlag(() -> delegate.translationInvariant());
    }

    /** @return {@code m} guarded (itself if it already is) */
    static GuardedMechanism of(Mechanism m) {
        return m instanceof GuardedMechanism g ? g : new GuardedMechanism(m);
    }

    /** @return the first failure seen on any input, if any */
    java.util.Optional<MechanismFailure> firstFailure() {
        return java.util.Optional.ofNullable(first);
    }

    /** @return the mechanism itself, for certificates that rebuild it from a file */
    Mechanism delegate() {
        return delegate;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Design design(MarketInstance instance) {
        Design d;
        try {
            d = delegate.design(instance);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            throw fail(null, "design threw " + e, e);
        }
        if (d == null) {
            throw fail(null, "design returned null", null);
        }
        return d;
    }

    @Override
    public Settlement settle(Design design, List<double[]> submissions) {
        List<double[]> copy = new ArrayList<>();
        submissions.forEach(y -> copy.add(y.clone()));
        Settlement s;
        try {
            s = delegate.settle(design, copy);
        } catch (RuntimeException | AssertionError | StackOverflowError e) {
            throw fail(submissions, "settle threw " + e, e);
        }
        MarketInstance instance = design.instance();
        if (s == null || s.prices().size() != instance.buyers().size()
                || s.payments().size() != instance.contributors().size()) {
            throw fail(submissions, "settle returned " + (s == null ? "null" : s.prices().size() + " prices and "
                    + s.payments().size() + " payments") + " for " + instance.buyers().size() + " buyer types and "
                    + instance.contributors().size() + " contributors", null);
        }
        return s;
    }

    @Override
    public boolean dependsOnlyOnSizesAndMeans() {
        return forms;
    }

    @Override
    public boolean translationInvariant() {
        return invariant;
    }

    private MechanismFailure fail(List<double[]> submissions, String problem, Throwable cause) {
        MechanismFailure f = new MechanismFailure(submissions, problem, cause);
        if (first == null) {
            first = f;
        }
        return f;
    }

    private static String guardedName(Mechanism m) {
        try {
            String n = m.name();
            return n == null || n.isBlank() ? m.getClass().getName() : n;
        } catch (RuntimeException e) {
            return m.getClass().getName();
        }
    }

    private static boolean guardedFlag(java.util.function.BooleanSupplier flag) {
        try {
            return flag.getAsBoolean();
        } catch (RuntimeException e) {
            return false; // a declaration that cannot be read is no declaration
        }
    }
}
