package org.marketproof.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketproof.market.mechanism.Mechanism;

/**
 * Audits a mechanism class against every claim of paper 000: the annotated method becomes one test
 * per claim x instance, named by the claim's id ({@link MechanismAudit}). It may take the
 * {@link org.marketproof.claims.ClaimResult} as a parameter for assertions of its own; the verdict
 * itself is asserted after it, by {@link ClaimTests#assertVerdict}.
 *
 * <pre>{@code
 * class MyMechanismTest {
 *     @AuditMechanism(value = MyMechanism.class, files = "src/test/resources/my-market.json")
 *     void paper000() {
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(MechanismAudit.class)
public @interface AuditMechanism {

    /** @return the mechanism class, with a public no-argument constructor */
    Class<? extends Mechanism> value();

    /** @return bundled example files ({@code market-example.json}, ...); with no files either, {@code market-example.json} */
    String[] bundled() default {};

    /** @return market instance or scenario files, relative to the working directory (the project's, under Maven) */
    String[] files() default {};

    /** @return the seed of every random choice */
    long seed() default 1;
}
