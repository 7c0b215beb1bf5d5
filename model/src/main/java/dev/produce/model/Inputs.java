package dev.produce.model;

import java.util.regex.Pattern;

/**
 * The validated inputs of one compile. Construction fails with an {@link InvalidInputException}
 * naming the option and the accepted range; an {@code Inputs} that exists is always valid.
 *
 * @param memoryMb RAM available to the web stack, MB (512 … 1048576)
 * @param cache the cache backend; always {@link CacheBackend#NONE} for {@link Scope#PERFORMANCE_ONLY}
 * @param cpus CPU cores (1 … 256)
 * @param php PHP version on the target
 * @param siteRoot Drupal project root on the target (docroot is {@code siteRoot/web})
 * @param fpmProcessMb average PHP-FPM worker size used for sizing, MB (16 … 2048)
 * @param scope what the bundle changes
 * @param microcacheSeconds how long nginx may serve an anonymous page from its FastCGI microcache
 *     (0 … 600; 0 = no microcache)
 * @param distro the Debian release of the target
 */
public record Inputs(
    int memoryMb, CacheBackend cache, int cpus, PhpVersion php, String siteRoot, int fpmProcessMb, Scope scope,
    int microcacheSeconds, Distro distro) {

  public static final int MIN_MEMORY_MB = 512;
  public static final int MAX_MEMORY_MB = 1024 * 1024;
  public static final int MIN_CPUS = 1;
  public static final int MAX_CPUS = 256;
  public static final int MIN_FPM_PROCESS_MB = 16;
  public static final int MAX_FPM_PROCESS_MB = 2048;
  public static final int MAX_MICROCACHE_SECONDS = 600;
  /** The longest {@code --site-root}, in characters. */
  public static final int MAX_SITE_ROOT_CHARS = 200;

  private static final Pattern SITE_ROOT = Pattern.compile("/[A-Za-z0-9._/-]{1," + (MAX_SITE_ROOT_CHARS - 1) + "}");

  public Inputs {
    checkRange("--memory", memoryMb, MIN_MEMORY_MB, MAX_MEMORY_MB, " MB (512M … 1T)");
    checkRange("--cpus", cpus, MIN_CPUS, MAX_CPUS, "");
    checkRange("--fpm-process-mb", fpmProcessMb, MIN_FPM_PROCESS_MB, MAX_FPM_PROCESS_MB, " MB");
    checkRange("--microcache", microcacheSeconds, 0, MAX_MICROCACHE_SECONDS, " seconds (0 = off)");
    if (cache == null) {
      throw new InvalidInputException("--cache", "must be one of " + CacheBackend.acceptedValues());
    }
    if (php == null) {
      throw new InvalidInputException("--php", "must be one of " + PhpVersion.acceptedValues());
    }
    if (distro == null) {
      throw new InvalidInputException("--distro", "must be one of " + Distro.acceptedValues());
    }
    if (cache == CacheBackend.VALKEY && distro.valkey().isEmpty()) {
      throw new InvalidInputException("--cache", "valkey needs --distro " + Distro.DEBIAN_13.optionValue() + " (Debian "
          + distro.optionValue().replace("debian-", "") + " has it only in backports); choose --cache redis there");
    }
    if (scope == null) {
      throw new IllegalArgumentException("scope is required");
    }
    siteRoot = checkSiteRoot(siteRoot);
    if (scope == Scope.PERFORMANCE_ONLY && cache != CacheBackend.NONE) {
      throw new InvalidInputException(
          "--performance-only",
          "installs no cache backend, so it cannot be combined with --cache " + cache.optionValue());
    }
    if (scope == Scope.CACHE_ONLY && cache == CacheBackend.NONE) {
      throw new InvalidInputException(
          "--no-performance", "with --cache none leaves nothing to do; choose --cache redis|valkey|memcache");
    }
    if (scope == Scope.CACHE_ONLY && microcacheSeconds > 0) {
      throw new InvalidInputException(
          "--microcache", "is part of nginx's tuning, so it cannot be combined with --no-performance");
    }
  }

  /** Whether PHP comes from the distro ({@code --php} is the distro's own), so Debian's packages fit. */
  public boolean distroPhp() {
    return php.equals(distro.php());
  }

  /** Whether nginx keeps a FastCGI microcache of anonymous pages. */
  public boolean microcache() {
    return microcacheSeconds > 0;
  }

  /** Inputs with every option at its documented default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The canonical {@code produce-compile} command for these inputs: every option spelled out, in a
   * fixed order, so that it reproduces the bundle however the user wrote it ({@code 4G} or
   * {@code 4096}). Printed in every generated file's provenance header.
   */
  public String toCommandLine() {
    StringBuilder cmd = new StringBuilder("produce-compile")
        .append(" --distro ").append(distro.optionValue())
        .append(" --memory ").append(memoryMb);
    if (scope != Scope.PERFORMANCE_ONLY) {
      cmd.append(" --cache ").append(cache.optionValue());
    }
    cmd.append(" --cpus ").append(cpus)
        .append(" --php ").append(php)
        .append(" --site-root ").append(siteRoot)
        .append(" --fpm-process-mb ").append(fpmProcessMb);
    if (scope == Scope.PERFORMANCE_ONLY) {
      cmd.append(" --performance-only");
    } else if (scope == Scope.CACHE_ONLY) {
      cmd.append(" --no-performance");
    }
    if (microcache()) {
      cmd.append(" --microcache ").append(microcacheSeconds);
    }
    return cmd.toString();
  }

  /** The Drupal docroot on the target. */
  public String docroot() {
    return siteRoot + "/web";
  }

  /** The Drupal site's directory, {@code <docroot>/sites/default}. */
  public String siteDirectory() {
    return docroot() + "/sites/default";
  }

  /** The site's {@code settings.php}, which gets produce's guarded include. */
  public String settingsPhp() {
    return siteDirectory() + "/settings.php";
  }

  private static void checkRange(String option, long value, long min, long max, String unit) {
    if (value < min || value > max) {
      throw new InvalidInputException(
          option, "must be between " + min + " and " + max + unit + ", was " + value);
    }
  }

  private static String checkSiteRoot(String siteRoot) {
    String accepted = "must be an absolute path of at most " + MAX_SITE_ROOT_CHARS
        + " letters, digits, '.', '_', '-' and '/'";
    if (siteRoot != null && siteRoot.length() > MAX_SITE_ROOT_CHARS) {
      throw new InvalidInputException("--site-root", "must be at most " + MAX_SITE_ROOT_CHARS + " characters, was "
          + siteRoot.length() + " characters ('" + Excerpt.of(siteRoot) + "')");
    }
    if (siteRoot == null || !SITE_ROOT.matcher(siteRoot).matches()) {
      throw new InvalidInputException("--site-root", accepted + ", was '" + Excerpt.of(siteRoot) + "'");
    }
    String normalized = siteRoot.replaceAll("/+", "/");
    if (normalized.length() > 1 && normalized.endsWith("/")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    for (String segment : normalized.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        throw new InvalidInputException(
            "--site-root", accepted + " without '.' or '..' segments, was '" + Excerpt.of(siteRoot) + "'");
      }
    }
    if (normalized.equals("/")) {
      throw new InvalidInputException("--site-root", "must not be the filesystem root '/'");
    }
    return normalized;
  }

  /** Collects raw option values and resolves them into {@link Inputs}. */
  public static final class Builder {
    private long memoryMb = 2048;
    private CacheBackend cache = CacheBackend.REDIS;
    private boolean cacheGiven;
    private int cpus = 2;
    private Distro distro = Distro.DEFAULT;
    private PhpVersion php;
    private String siteRoot = "/var/www/drupal";
    private int fpmProcessMb = 64;
    private boolean performanceOnly;
    private boolean noPerformance;
    private int microcacheSeconds;

    private Builder() {}

    public Builder memoryMb(long value) {
      this.memoryMb = value;
      return this;
    }

    /** Sets the backend as given explicitly by the user. */
    public Builder cache(CacheBackend value) {
      this.cache = value;
      this.cacheGiven = true;
      return this;
    }

    public Builder cpus(int value) {
      this.cpus = value;
      return this;
    }

    /** The Debian release; {@code --php} defaults to its PHP. */
    public Builder distro(Distro value) {
      this.distro = value;
      return this;
    }

    /** The PHP version; without it (or with {@code null}) the distro's own. */
    public Builder php(PhpVersion value) {
      this.php = value;
      return this;
    }

    public Builder siteRoot(String value) {
      this.siteRoot = value;
      return this;
    }

    public Builder fpmProcessMb(int value) {
      this.fpmProcessMb = value;
      return this;
    }

    public Builder performanceOnly(boolean value) {
      this.performanceOnly = value;
      return this;
    }

    public Builder noPerformance(boolean value) {
      this.noPerformance = value;
      return this;
    }

    /** Seconds nginx may serve an anonymous page from its microcache; 0 = none. */
    public Builder microcacheSeconds(int value) {
      this.microcacheSeconds = value;
      return this;
    }

    /** Resolves flags against each other and validates everything. */
    public Inputs build() {
      if (performanceOnly && noPerformance) {
        throw new InvalidInputException(
            "--performance-only", "cannot be combined with --no-performance (together they change nothing)");
      }
      Scope scope = performanceOnly ? Scope.PERFORMANCE_ONLY : noPerformance ? Scope.CACHE_ONLY : Scope.FULL;
      CacheBackend effective = cache;
      if (performanceOnly && !cacheGiven) {
        effective = CacheBackend.NONE;
      }
      if (memoryMb < Integer.MIN_VALUE || memoryMb > Integer.MAX_VALUE) {
        throw new InvalidInputException(
            "--memory",
            "must be between " + MIN_MEMORY_MB + " and " + MAX_MEMORY_MB + " MB (512M … 1T), was " + memoryMb);
      }
      PhpVersion version = php != null ? php : distro == null ? null : distro.php();
      return new Inputs((int) memoryMb, effective, cpus, version, siteRoot, fpmProcessMb, scope, microcacheSeconds,
          distro);
    }
  }
}
