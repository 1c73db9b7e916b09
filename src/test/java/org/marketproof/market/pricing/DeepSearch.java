package org.marketproof.market.pricing;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Runs a property only with {@code -Dmarketproof.deep=true}: the long searches of specs/pricing.md
 * that do not fit the normal test budget.
 */
class DeepSearch implements SkipExecutionHook {

    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Boolean.getBoolean("marketproof.deep") ? SkipResult.doNotSkip()
                : SkipResult.skip("long search: run with -Dmarketproof.deep=true");
    }
}
