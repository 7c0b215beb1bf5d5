package dev.produce.generators.apply;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Wall time of the container suite, printed after each class (the last line is the total). Use as
 * {@code @ExtendWith(SuiteClock.class)}.
 */
final class SuiteClock implements BeforeAllCallback, AfterAllCallback {
  /** Set when the first test class using the clock loads this class. */
  private static final Instant SUITE_STARTED = Instant.now();
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SuiteClock.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put("started", Instant.now());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Instant classStarted = context.getStore(NAMESPACE).get("started", Instant.class);
    Instant now = Instant.now();
    System.out.printf("[apply-it] %s took %d s; container suite so far %d s%n",
        context.getRequiredTestClass().getSimpleName(),
        Duration.between(classStarted, now).toSeconds(), Duration.between(SUITE_STARTED, now).toSeconds());
  }
}
