package org.marketproof.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * Output does not depend on the default locale (issue 11: under a German locale {@code equilibrium}
 * printed {@code rho(Xi) 0,77}): no code formats numbers or changes case with the default locale;
 * every such call names {@code Locale.ROOT}. {@code DeterminismTest} runs the commands under
 * {@code de_DE} to show the result.
 */
@AnalyzeClasses(packages = "org.marketproof", importOptions = ImportOption.DoNotIncludeTests.class)
class LocaleIndependenceTest {

    @ArchTest
    static final ArchRule formatsNameTheirLocale = noClasses().should()
            .callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .orShould().callMethod(PrintWriter.class, "printf", String.class, Object[].class)
            .orShould().callMethod(PrintWriter.class, "format", String.class, Object[].class)
            .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
            .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "toLowerCase")
            .orShould().callMethod(String.class, "toUpperCase")
            .because("the default locale would change the output (use Locale.ROOT)");
}
