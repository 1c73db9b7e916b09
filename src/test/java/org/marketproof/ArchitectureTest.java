package org.marketproof;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the code keeps: a claims core that depends on neither paper, two papers that never
 * import each other, and the command-line layer alone using picocli.
 */
@AnalyzeClasses(packages = "org.marketproof", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule claimsCoreDependsOnNeitherPaper = noClasses().that().resideInAPackage("org.marketproof.claims..")
            .should().dependOnClassesThat().resideInAnyPackage("org.marketproof.market..",
                    "org.marketproof.competition..", "org.marketproof.verify..", "org.marketproof.cli..");

    @ArchTest
    static final ArchRule brokersMarketNeverImportsTheCompetitiveMarket = noClasses().that()
            .resideInAPackage("org.marketproof.market..").should().dependOnClassesThat()
            .resideInAPackage("org.marketproof.competition..");

    @ArchTest
    static final ArchRule competitiveMarketNeverImportsTheBrokersMarket = noClasses().that()
            .resideInAPackage("org.marketproof.competition..").should().dependOnClassesThat()
            .resideInAPackage("org.marketproof.market..");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesPicocli = noClasses().that().resideOutsideOfPackage("org.marketproof.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    /** The progress bar is an optional dependency: the library reports through its own {@code claims.Progress}. */
    @ArchTest
    static final ArchRule onlyTheCommandLineDrawsProgressBars = noClasses().that()
            .resideOutsideOfPackage("org.marketproof.cli..").should().dependOnClassesThat()
            .resideInAPackage("me.tongfei..");

    /** JUnit and jqwik are optional dependencies of the library: only the testing integration may use them. */
    @ArchTest
    static final ArchRule onlyTheTestingIntegrationUsesJunitAndJqwik = noClasses().that()
            .resideOutsideOfPackage("org.marketproof.testing..").should().dependOnClassesThat()
            .resideInAnyPackage("org.junit..", "net.jqwik..", "org.opentest4j..");

    /** The papers and the claims core know nothing of the gate, its reports, the tests' integration or the CLI above them. */
    @ArchTest
    static final ArchRule thePapersSitBelowTheGate = noClasses().that()
            .resideInAnyPackage("org.marketproof.claims..", "org.marketproof.market..", "org.marketproof.competition..")
            .should().dependOnClassesThat().resideInAnyPackage("org.marketproof.gate..", "org.marketproof.report..",
                    "org.marketproof.testing..", "org.marketproof.cli..");

    /** Drawing (Java2D, and JFreeChart with JFreeSVG, optional dependencies) is the command line's alone. */
    @ArchTest
    static final ArchRule onlyTheCommandLineDraws = noClasses().that().resideOutsideOfPackage("org.marketproof.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "org.jfree..");
}
