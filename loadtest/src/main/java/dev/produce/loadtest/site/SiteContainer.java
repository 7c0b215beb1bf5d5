package dev.produce.loadtest.site;

import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import dev.produce.verifier.container.TargetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A site container (the target image with MariaDB, {@link Images#site}) serving the fixture site on
 * port 80 (published on a random loopback port), its database in MariaDB over the unix socket. The
 * container gets the memory of the server the bundle was compiled for plus
 * {@link #DATABASE_SHARE_MB} for MariaDB, which a bundle's budget leaves outside {@code --memory}.
 * Services start on Debian's stock settings; a bundle applied later reconfigures them in place.
 */
public final class SiteContainer implements AutoCloseable {
  /**
   * Memory added to the bundle's for MariaDB: its {@code innodb_buffer_pool_size = 128M}
   * ({@code fixtures/images/site}), which holds the whole seeded site, and the server's own ~100 MB
   * (measured: 184 MB resident after 300 uncached pages).
   */
  public static final long DATABASE_SHARE_MB = 256;
  /** Where the fixture site's sources are copied in the container. */
  static final String SITE_SOURCE = "/opt/produce-fixture-site";
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);

  private final ContainerTarget target;
  private final Images.Suite suite;
  private final long bundleMemoryMb;

  private SiteContainer(ContainerTarget target, Images.Suite suite, long bundleMemoryMb) {
    this.target = target;
    this.suite = suite;
    this.bundleMemoryMb = bundleMemoryMb;
  }

  /** {@link #start(Images.Suite, long, Optional)} on Debian 12 (bookworm), on any CPU. */
  public static SiteContainer start(long memoryMb) {
    return start(Images.Suite.BOOKWORM, memoryMb, Optional.empty());
  }

  /**
   * Starts a site container of {@code suite} (the bundle's distro) limited to {@code memoryMb} (the bundle's
   * memory) plus {@link #DATABASE_SHARE_MB} and, when given, to the CPUs {@code cpuset} (e.g. {@code 0}),
   * installs the fixture site (which starts MariaDB) and starts nginx and PHP-FPM.
   */
  public static SiteContainer start(Images.Suite suite, long memoryMb, Optional<String> cpuset) {
    ContainerTarget.Builder builder = ContainerTarget.of(Images.site(suite)).exposePort(80)
        .memoryLimitMb(memoryMb + DATABASE_SHARE_MB);
    cpuset.ifPresent(builder::cpuset);
    ContainerTarget target = builder.start();
    SiteContainer site = new SiteContainer(target, suite, memoryMb);
    try {
      site.install();
      site.startStockServices();
      return site;
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
  }

  /** The fixture site's sources: {@code fixtures/site} of this repository. */
  public static Path siteSources() {
    Path sources = Images.repoRoot().resolve("fixtures/site");
    if (!Files.isRegularFile(sources.resolve("install.sh"))) {
      throw new TargetException("no fixture site in " + sources + " (install.sh is missing)");
    }
    return sources;
  }

  private void install() {
    target.copyIn(siteSources(), SITE_SOURCE);
    ExecResult installed = target.exec(INSTALL_TIMEOUT, "sh", SITE_SOURCE + "/install.sh");
    if (!installed.succeeded()) {
      throw new TargetException("installing the fixture site failed (exit " + installed.exitCode() + "): "
          + installed.stderr().strip());
    }
  }

  private void startStockServices() {
    ExecResult started = target.shell("service php" + suite.php() + "-fpm start && service nginx start");
    if (!started.succeeded()) {
      throw new TargetException("starting PHP-FPM and nginx failed: " + started.stdout() + started.stderr());
    }
  }

  /** The container's memory limit and what it is made of, for reports. */
  public String memoryDescription() {
    return (bundleMemoryMb + DATABASE_SHARE_MB) + " MB: the bundle's " + bundleMemoryMb + " MB + " + DATABASE_SHARE_MB
        + " MB for MariaDB (innodb_buffer_pool_size 128M)";
  }

  /** The site's origin as seen from this host, e.g. {@code http://localhost:32771}. */
  public URI origin() {
    return URI.create("http://" + target.host() + ":" + target.mappedPort(80));
  }

  public ContainerTarget target() {
    return target;
  }

  /** Waits until the front page answers 200 through the published port, at most {@code timeout}. */
  public void awaitServing(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(origin().resolve("/"))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = "HTTP " + response.statusCode();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TargetException("interrupted while waiting for the fixture site", e);
      }
      sleep(Duration.ofMillis(250));
    }
    throw new TargetException("the fixture site did not answer 200 at " + origin() + " within " + timeout.toSeconds()
        + " s (last: " + last + ")");
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    target.close();
  }
}
