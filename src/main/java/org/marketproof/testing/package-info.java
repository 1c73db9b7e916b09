/**
 * The claims in a team's own JUnit 5 and jqwik tests: {@link org.marketproof.testing.ClaimTests}
 * turns each claim x instance into its own dynamic test named by the claim's id,
 * {@link org.marketproof.testing.AuditMechanism} audits a mechanism class by annotation, and
 * {@link org.marketproof.testing.MarketArbitraries}, {@link org.marketproof.testing.CompetitionArbitraries},
 * {@link org.marketproof.testing.StrategyArbitraries} and {@link org.marketproof.testing.MarketProofDomain}
 * generate both papers' instances and the contributors' strategies.
 *
 * <p>JUnit Jupiter's and jqwik's APIs are optional dependencies of this library: this package is the
 * only one that uses them, and a project that uses it has them on its test class path already.
 */
package org.marketproof.testing;
