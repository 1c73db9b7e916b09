package org.marketproof.competition;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/** Inverts a {@link Falsified} property's result: falsified passes, verified fails. */
public final class ExpectFalsifiedHook implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String finding = context.findAnnotation(Falsified.class).map(Falsified::value).orElse("?");
        PropertyExecutionResult result = property.execute();
        if (result.status() == PropertyExecutionResult.Status.FAILED) {
            System.out.println("[" + finding + "] counterexample found as recorded: "
                    + result.falsifiedParameters().map(Object::toString).orElse("?") + " seed "
                    + result.seed().orElse("?"));
            return result.mapToSuccessful();
        }
        if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL) {
            return result.mapToFailed("finding " + finding + " records this claim as false, but no counterexample"
                    + " was found: re-check the finding");
        }
        return result;
    }
}
