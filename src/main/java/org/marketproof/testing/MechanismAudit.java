package org.marketproof.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;
import org.marketproof.claims.ClaimResult;
import org.marketproof.market.claims.MarketCatalog;
import org.marketproof.market.instance.MarketInstance;
import org.marketproof.market.mechanism.Mechanism;

/**
 * The JUnit 5 extension behind {@link AuditMechanism}: checks the catalog of paper 000 on each
 * instance when JUnit reaches it and turns each verdict into one invocation of the test template,
 * displayed as the claim's id.
 */
public final class MechanismAudit implements TestTemplateInvocationContextProvider {

    /** The instance audited when the annotation names none. */
    static final String DEFAULT_EXAMPLE = "market-example.json";

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, AuditMechanism.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        AuditMechanism audit = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), AuditMechanism.class)
                .orElseThrow();
        Mechanism mechanism = instantiate(audit.value());
        Map<String, MarketInstance> instances = new LinkedHashMap<>();
        String[] bundled = audit.bundled().length == 0 && audit.files().length == 0 ? new String[] {DEFAULT_EXAMPLE}
                : audit.bundled();
        instances.putAll(ClaimTests.bundledMarkets(bundled));
        instances.putAll(ClaimTests.marketFiles(Stream.of(audit.files()).map(Path::of).toArray(Path[]::new)));
        return instances.entrySet().stream()
                .flatMap(e -> MarketCatalog.check(mechanism, e.getValue(), e.getKey(), audit.seed()).stream())
                .map(ClaimInvocation::new);
    }

    private static Mechanism instantiate(Class<? extends Mechanism> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new ExtensionConfigurationException(type.getName() + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new ExtensionConfigurationException("cannot construct " + type.getName() + ": " + e.getCause(), e);
        }
    }

    /** One verdict: the test's name, its parameter, and its assertion after the method body. */
    private record ClaimInvocation(ClaimResult result) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return result.id().value() + " [" + result.subject() + "]";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new ResultParameter(result), new VerdictAssertion(result));
        }
    }

    private record ResultParameter(ClaimResult result) implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == ClaimResult.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return result;
        }
    }

    private record VerdictAssertion(ClaimResult result) implements InvocationInterceptor {
        @Override
        public void interceptTestTemplateMethod(Invocation<Void> invocation,
                ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
            invocation.proceed();
            ClaimTests.assertVerdict(result);
        }
    }
}
