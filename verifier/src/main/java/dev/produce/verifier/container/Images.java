package dev.produce.verifier.container;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;

/**
 * The one place image names are pinned. Every image is built locally from a
 * recipe under {@code fixtures/images/} and tagged by a content hash of that
 * recipe, so an unchanged recipe is never rebuilt and an edited one yields a
 * new tag. Each exists per {@link Suite} (Debian 12 bookworm, Debian 13 trixie):
 *
 * <ul>
 *   <li>{@code produce/base:<suite>-<sha256 of build-base.sh, 12 hex>} — Debian minbase,
 *       built by {@code fixtures/images/base/build-base.sh <suite>} (debootstrap from
 *       Debian's mirror; {@code bin/test} runs it for bookworm, and {@link #base(Suite)}
 *       runs it on first use of a suite, which needs root);
 *   <li>{@code produce/target:<hash>} — base + Debian's nginx, PHP-FPM (8.2 on bookworm,
 *       8.4 on trixie), redis, memcached and a Drupal-shaped site ({@code fixtures/images/target});
 *   <li>{@code produce/bare:<hash>} — the base alone ({@code fixtures/images/bare});
 *   <li>{@code produce/site:<hash>} — the target + Debian's MariaDB server and PHP's mysql
 *       driver, for the load test's fixture site ({@code fixtures/images/site});
 *   <li>{@code produce/managed:<hash>} — the target + Debian's python3 and sudo, a server as Ansible
 *       manages it, for the fleet rollout ({@code fixtures/images/managed}).
 * </ul>
 *
 * <p>target, bare, site and managed are built on first use with Testcontainers'
 * {@link ImageFromDockerfile} (the image they start FROM as build arg {@code BASE}: the base
 * tag, for site and managed the target tag; the suite's PHP as {@code PHP}) and kept. Progress goes to stderr on {@code [images]} lines.
 */
public final class Images {

  /** A buildable fixture image. */
  public enum Kind {
    TARGET("target", null),
    BARE("bare", null),
    /** The target plus MariaDB, for the load test's fixture site; built FROM the target image. */
    SITE("site", TARGET),
    /** The target plus Debian's python3 and sudo, as Ansible manages a server; built FROM the target image. */
    MANAGED("managed", TARGET);

    private final String recipe;
    private final Kind parent;

    Kind(String recipe, Kind parent) {
      this.recipe = recipe;
      this.parent = parent;
    }

    /** Recipe directory name under {@code fixtures/images/}, also the image repository suffix. */
    public String recipe() {
      return recipe;
    }
  }

  /** A Debian release the fixture images are built for. */
  public enum Suite {
    BOOKWORM("bookworm", "8.2", "debian-12"),
    TRIXIE("trixie", "8.4", "debian-13");

    private final String codename;
    private final String php;
    private final String distro;

    Suite(String codename, String php, String distro) {
      this.codename = codename;
      this.php = php;
      this.distro = distro;
    }

    /**
     * The suite of a bundle's distro as {@code profile.json} names it ({@code debian-12} → bookworm,
     * {@code debian-13} → trixie); the one place the two names meet.
     *
     * @throws IllegalArgumentException for any other name, naming the accepted ones
     */
    public static Suite ofDistro(String distro) {
      for (Suite suite : values()) {
        if (suite.distro.equals(distro)) {
          return suite;
        }
      }
      throw new IllegalArgumentException("unknown distro '" + distro + "'; accepted: debian-13, debian-12");
    }

    /** The distro's name in {@code profile.json}, e.g. {@code debian-13}. */
    public String distro() {
      return distro;
    }

    /** Debian's code name, e.g. {@code trixie}. */
    public String codename() {
      return codename;
    }

    /** The PHP version Debian ships in this suite, e.g. {@code 8.4}. */
    public String php() {
      return php;
    }
  }

  /** System property naming the repository root (failsafe sets it). */
  public static final String REPO_ROOT_PROPERTY = "produce.repo.root";

  private static final String IMAGES_DIR = "fixtures/images";
  private static final String BASE_SCRIPT = IMAGES_DIR + "/base/build-base.sh";
  private static final String BASE_REPOSITORY = "produce/base:";
  private static final String REPOSITORY_PREFIX = "produce/";
  private static final int HASH_HEX_CHARS = 12;

  private static final Map<String, String> BUILT = new ConcurrentHashMap<>();

  private Images() {}

  /** The target image (stock Debian 12 Drupal server), built if missing. */
  public static String target() {
    return target(Suite.BOOKWORM);
  }

  /** The target image of {@code suite} (a stock Debian Drupal server), built if missing. */
  public static String target(Suite suite) {
    return image(Kind.TARGET, suite);
  }

  /** The bare image (Debian 12 without any server package), built if missing. */
  public static String bare() {
    return bare(Suite.BOOKWORM);
  }

  /** The bare image of {@code suite} (no server package), built if missing. */
  public static String bare(Suite suite) {
    return image(Kind.BARE, suite);
  }

  /**
   * The site image of {@code suite} (the target with MariaDB, for the load test's fixture site),
   * built, together with its target image, if missing.
   */
  public static String site(Suite suite) {
    return image(Kind.SITE, suite);
  }

  /**
   * The managed image of {@code suite} (the target with the python3 and sudo Ansible needs, for the fleet
   * rollout), built, together with its target image, if missing.
   */
  public static String managed(Suite suite) {
    return image(Kind.MANAGED, suite);
  }

  /** The Debian 12 image of {@code kind}, built from its recipe if no image has its tag yet. */
  public static String image(Kind kind) {
    return image(kind, Suite.BOOKWORM);
  }

  /** The image of {@code kind} for {@code suite}, built from its recipe if no image has its tag yet. */
  public static String image(Kind kind, Suite suite) {
    // A derived recipe's parent is built first, outside the map's update of this key.
    String from = kind.parent == null ? null : image(kind.parent, suite);
    return BUILT.computeIfAbsent(kind.recipe() + "/" + suite.codename(), key -> ensureBuilt(kind, suite, from));
  }

  /** Tag of the Debian 12 base image, built first if missing (see {@link #base(Suite)}). */
  public static String base() {
    return base(Suite.BOOKWORM);
  }

  /**
   * Tag of the base image of {@code suite}. When it is missing, runs {@code build-base.sh <suite>}
   * (root, docker and debootstrap needed), passing its progress lines on to stderr; a failure (not
   * root, no debootstrap, the mirror unreachable) is a {@link TargetException} naming what is needed.
   */
  public static String base(Suite suite) {
    Path root = repoRoot();
    String tag = baseTag(root, suite);
    if (!exists(tag)) {
      buildBase(root, suite, tag);
    }
    return tag;
  }

  /** Tag the Debian 12 recipe of {@code kind} builds to, whether or not it exists yet. */
  public static String tagOf(Kind kind) {
    return tagOf(kind, Suite.BOOKWORM);
  }

  /** Tag the recipe of {@code kind} builds to for {@code suite}, whether or not it exists yet. */
  public static String tagOf(Kind kind, Suite suite) {
    Path root = repoRoot();
    return REPOSITORY_PREFIX + kind.recipe() + ":"
        + recipeHash(root.resolve(IMAGES_DIR).resolve(kind.recipe()), fromTag(root, kind, suite));
  }

  /** The tag {@code kind} is built FROM: the base, or its parent recipe's tag (which covers the base). */
  private static String fromTag(Path root, Kind kind, Suite suite) {
    return kind.parent == null ? baseTag(root, suite) : tagOf(kind.parent, suite);
  }

  /**
   * The repository root: the directory holding {@code fixtures/images}, looked up
   * from {@value #REPO_ROOT_PROPERTY} and then the working directory, each
   * walking up to the filesystem root.
   */
  public static Path repoRoot() {
    String property = System.getProperty(REPO_ROOT_PROPERTY, "");
    for (String start : List.of(property, System.getProperty("user.dir", ""))) {
      if (start.isBlank()) {
        continue;
      }
      for (Path dir = Paths.get(start).toAbsolutePath().normalize(); dir != null;
          dir = dir.getParent()) {
        if (Files.isDirectory(dir.resolve(IMAGES_DIR))) {
          return dir;
        }
      }
    }
    throw new TargetException("cannot find " + IMAGES_DIR + " above the working directory; set -D"
        + REPO_ROOT_PROPERTY + "=<repository root>");
  }

  static String baseTag(Path root, Suite suite) {
    Path script = root.resolve(BASE_SCRIPT);
    try {
      // Same as the script's own `produce/base:<suite>-$(sha256sum build-base.sh | cut -c1-12)`.
      return BASE_REPOSITORY + suite.codename() + "-" + hex(sha256().digest(Files.readAllBytes(script)));
    } catch (IOException e) {
      throw new TargetException("cannot read " + script, e);
    }
  }

  private static void buildBase(Path root, Suite suite, String tag) {
    Path script = root.resolve(BASE_SCRIPT);
    long started = System.nanoTime();
    System.err.printf("[images] building %s with %s %s (first use of %s; takes minutes)%n",
        tag, BASE_SCRIPT, suite.codename(), suite.codename());
    String lastLine = "";
    int exit;
    try {
      Process process = new ProcessBuilder("bash", script.toString(), suite.codename())
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          System.err.println("[images] " + line);
          lastLine = line;
        }
      }
      exit = process.waitFor();
    } catch (IOException e) {
      throw new TargetException("cannot run " + script + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetException("interrupted while building " + tag, e);
    }
    if (exit != 0 || !exists(tag)) {
      // The script's last line says why (e.g. "building … needs root (debootstrap); run as root: …").
      String why = lastLine.isEmpty() ? "exit " + exit : lastLine.replaceFirst("^\\[build-base\\] (error: )?", "");
      throw new TargetException("base image " + tag + " is missing and building it failed: " + why);
    }
    System.err.printf("[images] built %s in %d s%n", tag, Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  /** Builds {@code kind} for {@code suite} unless its tag exists; {@code from} is the parent's tag, or null for the base. */
  private static String ensureBuilt(Kind kind, Suite suite, String from) {
    String tag = tagOf(kind, suite);
    if (exists(tag)) {
      return tag;
    }
    String base = from == null ? base(suite) : from;
    Path recipe = repoRoot().resolve(IMAGES_DIR).resolve(kind.recipe());
    long started = System.nanoTime();
    System.err.printf("[images] building %s from %s FROM %s (first use; may take minutes)%n",
        tag, IMAGES_DIR + "/" + kind.recipe(), base);
    ImageFromDockerfile build = new ImageFromDockerfile(tag, false)
        .withBuildArg("BASE", base)
        .withBuildArg("PHP", suite.php());
    for (Path file : recipeFiles(recipe)) {
      build.withFileFromTransferable(unixPath(recipe.relativize(file)), normalized(file));
    }
    try {
      build.get();
    } catch (Exception e) {
      throw new TargetException("building " + tag + " from " + recipe + " failed (the build needs "
          + "Debian's mirror from Docker's default bridge network): " + rootMessage(e), e);
    }
    System.err.printf("[images] built %s in %d s%n", tag,
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
    return tag;
  }

  /**
   * Build-context entry with a fixed mode (0755 when executable, else 0644):
   * Docker's COPY applies context modes even to existing directories such as
   * /etc, so a checkout made under a strict umask must not leak into the image.
   */
  private static Transferable normalized(Path file) {
    try {
      return Transferable.of(Files.readAllBytes(file), Files.isExecutable(file) ? 0100755 : 0100644);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hash over the base tag and every recipe file's relative path, mode class and bytes. */
  static String recipeHash(Path recipe, String baseTag) {
    MessageDigest digest = sha256();
    digest.update(("base\0" + baseTag + "\0").getBytes(StandardCharsets.UTF_8));
    for (Path file : recipeFiles(recipe)) {
      String header = unixPath(recipe.relativize(file)) + "\0"
          + (Files.isExecutable(file) ? "755" : "644") + "\0";
      digest.update(header.getBytes(StandardCharsets.UTF_8));
      try {
        byte[] content = Files.readAllBytes(file);
        digest.update((content.length + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(content);
      } catch (IOException e) {
        throw new TargetException("cannot read " + file, e);
      }
    }
    return hex(digest.digest());
  }

  private static List<Path> recipeFiles(Path recipe) {
    if (!Files.isRegularFile(recipe.resolve("Dockerfile"))) {
      throw new TargetException("no Dockerfile in " + recipe);
    }
    try (Stream<Path> files = Files.walk(recipe)) {
      return files.filter(Files::isRegularFile)
          .sorted((a, b) -> unixPath(recipe.relativize(a)).compareTo(unixPath(recipe.relativize(b))))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new TargetException("cannot list " + recipe, e);
    }
  }

  private static boolean exists(String image) {
    try {
      DockerClientFactory.instance().client().inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    } catch (RuntimeException e) {
      throw new TargetException("cannot reach the Docker engine (bin/test starts one): "
          + rootMessage(e), e);
    }
  }

  private static String unixPath(Path relative) {
    return relative.toString().replace('\\', '/');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] digest) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; out.length() < HASH_HEX_CHARS; i++) {
      out.append(String.format("%02x", digest[i]));
    }
    return out.substring(0, HASH_HEX_CHARS);
  }

  static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }
}
