package dev.produce.loadtest.summary;

import dev.produce.model.Excerpt;
import dev.produce.model.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code --caches}: the state of Drupal's caches each measured state (stock, or the bundle) starts from. Both
 * empty them first, so that stock and the bundle start alike.
 */
public enum CachesAtStart {
  /** Emptied, then filled with every landing page once and the most viewed pages logged in: the steady state. */
  FILLED("filled"),
  /** Emptied and left so: a cold start, as right after a deploy or {@code drush cache:rebuild}. */
  EMPTIED("emptied");

  private final String optionValue;

  CachesAtStart(String optionValue) {
    this.optionValue = optionValue;
  }

  /** The value as {@code --caches} takes it and the report prints it. */
  public String optionValue() {
    return optionValue;
  }

  /** Reads a {@code --caches} value, case-insensitively; anything else is invalid input naming the option. */
  public static CachesAtStart parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(state -> state.optionValue.equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("--caches", "must be one of " + Arrays.stream(values())
            .map(CachesAtStart::optionValue).collect(Collectors.joining("|")) + ", was '" + Excerpt.of(text) + "'"));
  }
}
