package dev.produce.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PHP version on the target, which fixes Debian's paths ({@code /etc/php/8.2/fpm/...}), the
 * FPM binary ({@code php-fpm8.2}), its service ({@code php8.2-fpm}) and package names.
 *
 * <p>Accepted: the versions Drupal 10 and 11 run on, 8.1 to 8.4. Debian 12 ships 8.2.
 */
public record PhpVersion(int major, int minor) {
  /** Versions produce generates for. */
  public static final List<PhpVersion> SUPPORTED =
      List.of(new PhpVersion(8, 1), new PhpVersion(8, 2), new PhpVersion(8, 3), new PhpVersion(8, 4));

  private static final Pattern FORM = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})");

  public PhpVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("negative PHP version " + major + "." + minor);
    }
  }

  /** Parses a {@code --php} value such as {@code 8.2}. */
  public static PhpVersion parse(String text) {
    String accepted = "must be one of " + acceptedValues();
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new InvalidInputException("--php", accepted + " (form X.Y), was '" + Excerpt.of(text) + "'");
    }
    PhpVersion version = new PhpVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    if (!SUPPORTED.contains(version)) {
      throw new InvalidInputException("--php", accepted + ", was '" + Excerpt.of(text) + "'");
    }
    return version;
  }

  /** {@code 8.1|8.2|8.3|8.4}. */
  public static String acceptedValues() {
    return String.join("|", SUPPORTED.stream().map(PhpVersion::toString).toList());
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
