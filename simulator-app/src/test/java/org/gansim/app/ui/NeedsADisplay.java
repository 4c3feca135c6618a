package org.gansim.app.ui;

import java.awt.GraphicsEnvironment;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class that opens real windows: skipped, saying why, where Java has no display. CI runs
 * every such test under Xvfb, so there they always run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsADisplay.Condition.class)
public @interface NeedsADisplay {

    /** Skips the class when AWT is headless. */
    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return GraphicsEnvironment.isHeadless()
                    ? ConditionEvaluationResult.disabled("window tests need a display (CI runs them under Xvfb)")
                    : ConditionEvaluationResult.enabled("a display is there");
        }
    }
}
