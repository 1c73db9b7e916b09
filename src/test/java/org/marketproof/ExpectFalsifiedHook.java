package org.marketproof;

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
        // only a falsifying sample counts, not a run that failed for another reason (e.g. exhausted by rejections)
        if (result.status() == PropertyExecutionResult.Status.FAILED && result.falsifiedParameters().isPresent()) {
            System.out.println("[" + finding + "] counterexample found as recorded: "
                    + result.falsifiedParameters().map(Object::toString).orElse("?") + " seed "
                    + result.seed().orElse("?"));
            return result.mapToSuccessful();
        }
        if (result.status() == PropertyExecutionResult.Status.SUCCESSFUL) {
            return result.mapToFailed("finding " + finding + " records this claim as false, but no counterexample"
                    + " was found: re-check the finding");
        }
        if (result.status() == PropertyExecutionResult.Status.FAILED) {
            return result.mapToFailed("finding " + finding + ": the property failed without a counterexample: "
                    + result.throwable().map(Throwable::getMessage).orElse("?"));
        }
        return result;
    }
}
