package dev.produce.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Debian release a bundle is compiled for ({@code --distro}): its stock PHP, the versions of the
 * daemons it packages, and from those the {@link Platform} every path and name is read from.
 */
public enum Distro {
  DEBIAN_13("debian-13", "trixie", new PhpVersion(8, 4), "1.26", "Redis 8.0", Optional.of("Valkey 8.1"),
      "1.6.38", "phpredis 6.2"),
  DEBIAN_12("debian-12", "bookworm", new PhpVersion(8, 2), "1.22", "Redis 7.0", Optional.empty(),
      "1.6.18", "phpredis 5.3");

  /** What {@code produce-compile} targets without {@code --distro}. */
  public static final Distro DEFAULT = DEBIAN_13;

  private final String optionValue;
  private final String suite;
  private final PhpVersion php;
  private final String nginxVersion;
  private final String redis;
  private final Optional<String> valkey;
  private final String memcachedVersion;
  private final String phpredis;

  Distro(String optionValue, String suite, PhpVersion php, String nginxVersion, String redis,
      Optional<String> valkey, String memcachedVersion, String phpredis) {
    this.optionValue = optionValue;
    this.suite = suite;
    this.php = php;
    this.nginxVersion = nginxVersion;
    this.redis = redis;
    this.valkey = valkey;
    this.memcachedVersion = memcachedVersion;
    this.phpredis = phpredis;
  }

  /** As written on the command line and in {@code profile.json}: {@code debian-13}, {@code debian-12}. */
  public String optionValue() {
    return optionValue;
  }

  /** Debian's version number, {@code VERSION_ID} of its {@code /etc/os-release}: {@code 13}, {@code 12}. */
  public String debianVersion() {
    return optionValue.substring("debian-".length());
  }

  /** Debian's code name: {@code trixie}, {@code bookworm}. */
  public String suite() {
    return suite;
  }

  /** How messages name the release: {@code Debian 13 (trixie)}, {@code Debian 12 (bookworm)}. */
  public String displayName() {
    return "Debian " + debianVersion() + " (" + suite + ")";
  }

  /** The PHP the release packages: {@code --php}'s default. */
  public PhpVersion php() {
    return php;
  }

  /** nginx's version, e.g. {@code 1.26}. */
  public String nginxVersion() {
    return nginxVersion;
  }

  /** The packaged Redis, e.g. {@code Redis 8.0}. */
  public String redis() {
    return redis;
  }

  /** The packaged Valkey, e.g. {@code Valkey 8.1}; empty where only backports have it. */
  public Optional<String> valkey() {
    return valkey;
  }

  /** memcached's version, e.g. {@code 1.6.38}. */
  public String memcachedVersion() {
    return memcachedVersion;
  }

  /** The packaged PHP Redis extension, e.g. {@code phpredis 6.2}. */
  public String phpredis() {
    return phpredis;
  }

  /** The release's paths and names for {@code php} and the cache backend {@code cache}. */
  public Platform platform(PhpVersion php, CacheBackend cache) {
    RedisPaths server = cache == CacheBackend.VALKEY ? RedisPaths.valkey(valkey.orElseThrow()) : RedisPaths.redis(redis);
    return new Platform(this, "www-data", PhpPaths.debian(php), NginxPaths.debian(), server,
        MemcachedPaths.debian());
  }

  /** {@link #optionValue()}: how {@code profile.json} and messages write it. */
  @Override
  public String toString() {
    return optionValue;
  }

  /** {@code debian-13|debian-12}. */
  public static String acceptedValues() {
    return Arrays.stream(values()).map(Distro::optionValue).collect(Collectors.joining("|"));
  }

  /** Parses a {@code --distro} value (case-insensitive). */
  public static Distro parse(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (Distro distro : values()) {
      if (distro.optionValue.equals(value)) {
        return distro;
      }
    }
    throw new InvalidInputException(
        "--distro", "must be one of " + acceptedValues() + ", was '" + Excerpt.of(text) + "'");
  }
}
