package de.auftritt.journey;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, with a message that says what to install, on a machine without Debian's chromium
 * and chromium-driver. CI installs both and must run the journey, so there ({@code CI=true}) a missing browser is
 * an error instead.
 *
 * <p>A condition rather than an assumption in {@code @BeforeAll}: Maven's test report counts a class aborted in
 * {@code @BeforeAll} as "Tests run: 0", which reads like a pass, while a disabled class is reported as skipped with
 * this reason. It is also evaluated before the application starts, so a skipped journey costs nothing.
 */
class RequiresChromium implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = HeadlessChromium.missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(
                    missing.get() + ". CI must run this test, so it fails instead of skipping.");
        }
        return ConditionEvaluationResult.disabled(missing.get() + ". Skipped.");
    }
}
