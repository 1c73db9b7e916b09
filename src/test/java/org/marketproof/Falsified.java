package org.marketproof;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Marks a property that states a claim of the paper exactly as written and that is known to be
 * false (a finding in {@code specs/}). The property runs unchanged; the test passes
 * only if jqwik falsifies it, so it keeps asserting that the counterexample exists, and it fails
 * loudly if the counterexample ever disappears.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@AddLifecycleHook(ExpectFalsifiedHook.class)
public @interface Falsified {
    /** @return the finding's identifier in specs/, e.g. {@code M3} */
    String value();
}
