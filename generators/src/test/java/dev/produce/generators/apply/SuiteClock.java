package dev.produce.generators.apply;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Wall time of the container suite, printed after each class with the {@link ItPlatform} it ran on
 * (the last line is the total). Off {@link ItPlatform#DEFAULT}, it skips classes not marked
 * {@link EveryPlatform}. Use as {@code @ExtendWith(SuiteClock.class)}.
 */
final class SuiteClock implements ExecutionCondition, BeforeAllCallback, AfterAllCallback {
  /** Set when the first test class using the clock loads this class. */
  private static final Instant SUITE_STARTED = Instant.now();
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteClock.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    ItPlatform platform = ItPlatform.current();
    boolean everyPlatform = context.getTestClass().map(type -> type.isAnnotationPresent(EveryPlatform.class))
        .orElse(true);
    return platform == ItPlatform.DEFAULT || everyPlatform
        ? ConditionEvaluationResult.enabled("runs on " + platform)
        : ConditionEvaluationResult.disabled("runs on " + ItPlatform.DEFAULT + " only, not on " + platform);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put("started", Instant.now());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Instant classStarted = context.getStore(NAMESPACE).get("started", Instant.class);
    Instant now = Instant.now();
    System.out.printf("[apply-it] %s on %s took %d s; container suite so far %d s%n",
        context.getRequiredTestClass().getSimpleName(), ItPlatform.current(),
        Duration.between(classStarted, now).toSeconds(), Duration.between(SUITE_STARTED, now).toSeconds());
  }
}
