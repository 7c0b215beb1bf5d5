package dev.produce.cli.verify;

import static dev.produce.cli.verify.Fault.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.model.CacheBackend;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Status;
import dev.produce.verifier.run.ExitCode;
import dev.produce.verifier.run.RunOutcome;
import dev.produce.verifier.run.VerificationRunner;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.Section;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;
import dev.produce.verifier.container.ContainerTarget;
import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Images;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mutation suite: proof that the generated checks can fail. On a container where the bundle
 * was applied and every generated check passed, each {@link Fault} is injected, the bundle's
 * {@code .verification.yml} (the sections the fault concerns) is run with the runner against that
 * tampered target (checks only, no apply), and the named checks must be red — and nothing that the
 * fault does not explain. The fault is then repaired by applying the bundle again, so the faults
 * share one container per bundle.
 */
class GeneratedChecksMutationIT {
  private static final String ROOT = VerificationRunner.DEFAULT_BUNDLE_ROOT;
  private static final Duration APPLY_TIMEOUT = Duration.ofMinutes(3);
  private static final String INSTALLED = "produce › Every managed file is installed";

  private static Instant started;
  private static Server redis;
  private static Server memcache;

  /** A container with a bundle applied, and that bundle's checks. */
  private record Server(ContainerTarget target, VerificationSpec spec) {}

  @BeforeAll
  static void applyBundles(@TempDir Path tmp) throws Exception {
    started = Instant.now();
    Images.target();
    // the two baselines wait on daemons more than on the CPU: side by side they take half the time
    CompletableFuture<Server> memcached = CompletableFuture.supplyAsync(
        () -> applied(TestBundles.profile(2048, CacheBackend.MEMCACHE), tmp, "memcache"));
    try {
      redis = applied(TestBundles.profile(2048, CacheBackend.REDIS), tmp, "redis");
    } finally {
      memcache = memcached.join();
    }
    System.out.printf("[verify-it] mutation suite: 2 bundles applied and verified green in %d s%n",
        Duration.between(started, Instant.now()).toSeconds());
  }

  /**
   * Starts a target, applies the bundle of {@code profile} and requires every generated check to
   * pass, so that whatever is red later is the fault's doing.
   */
  private static Server applied(ServerProfile profile, Path tmp, String name) {
    try {
      Path bundle = TestBundles.write(profile, tmp, name);
      VerificationSpec spec = SpecLoader.load(bundle.resolve(".verification.yml")).orThrow();
      ContainerTarget target = ContainerTarget.of(Images.target()).start();
      try {
        RunOutcome baseline = VerificationRunner.builder(spec).level(Level.THOROUGH).bundle(bundle, ROOT).apply()
            .applyTimeout(APPLY_TIMEOUT).build().run(target);
        assertThat(baseline.exitCode()).as("%s bundle before any fault: %s", name, failures(baseline))
            .isEqualTo(ExitCode.PASSED);
        return new Server(target, spec);
      } catch (RuntimeException | Error e) {
        target.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void close() {
    Stream.of(redis, memcache).filter(server -> server != null).forEach(server -> server.target().close());
    System.out.printf("[verify-it] %s took %d s%n", GeneratedChecksMutationIT.class.getSimpleName(),
        Duration.between(started, Instant.now()).toSeconds());
  }

  static Stream<Fault> redisBundleFaults() {
    return Stream.of(
        new Fault("broken nginx directive",
            "echo 'gzip_level_bogus 5;' >> /etc/nginx/conf.d/performance.conf",
            List.of(check("nginx", "nginx accepts its configuration", "nginx -t")),
            List.of(INSTALLED, "nginx › nginx runs with produce's http tuning")),
        new Fault("changed nginx file never reloaded",
            // after the previous repair's reload by more than ps's one-second resolution
            "sleep 3; sed -i 's/^keepalive_timeout .*/keepalive_timeout 75s;/' /etc/nginx/conf.d/performance.conf",
            List.of(check("nginx", "nginx runs with produce's http tuning", "probe_workers_reloaded"),
                check("nginx", "nginx runs with produce's http tuning", "nginx -T")),
            List.of(INSTALLED)),
        new Fault("wrong maxmemory",
            "sed -i 's/^maxmemory .*/maxmemory 1mb/' /etc/redis/redis.conf && " + restartRedis(),
            List.of(check("redis", "Redis runs with the computed memory limit", "config get maxmemory |")),
            List.of(INSTALLED)),
        new Fault("settings include missing",
            "f=/var/www/drupal/web/sites/default/settings.php; chmod u+w $f"
                + " && sed -i '/^\\/\\/ BEGIN produce/,/^\\/\\/ END produce/d' $f && chmod 0444 $f",
            List.of(check("drupal", "settings.php loads settings.produce.php", "grep -c"),
                check("drupal", "settings.php loads settings.produce.php", "get_included_files")),
            List.of()),
        new Fault("FPM pool with max_spare > max_children",
            "sed -i 's/^pm.max_spare_servers = .*/pm.max_spare_servers = "
                + (TestBundles.profile(2048, CacheBackend.REDIS).phpFpm().orElseThrow().maxChildren() + 1) + "/' /etc/php/8.2/fpm/pool.d/www.conf",
            List.of(check("php_fpm", "PHP-FPM accepts its configuration", "php-fpm8.2 -t")),
            List.of(INSTALLED, "php_fpm › PHP-FPM runs the computed www pool",
                "php_fpm › PHP-FPM (not the CLI) reads")));
  }

  static Stream<Fault> memcacheBundleFaults() {
    return Stream.of(
        new Fault("memcached UDP on", restartMemcachedWith("-U 0", "-U 11211"),
            List.of(check("memcached", "Memcached runs with the computed memory", "STAT udpport 0")),
            List.of(INSTALLED)),
        new Fault("memcached socket open to every user", restartMemcachedWith("-a 0660", "-a 0666"),
            List.of(check("memcached", "Memcached's socket is", "stat -c '%a %U %G' /run/memcached/memcached.sock")),
            List.of(INSTALLED)),
        // the memcache module's status report looked the same with memcached down; this probe does not
        new Fault("memcached stopped on a site with the memcache module",
            "m=/var/www/drupal/web/modules/contrib/memcache; mkdir -p $m && touch $m/memcache.services.yml"
                + " && kill \"$(cat /run/memcached/memcached.pid)\""
                + " && for i in $(seq 50); do pgrep -x memcached >/dev/null || exit 0; sleep 0.1; done; exit 1",
            List.of(check("drupal", "Drupal's cache reaches memcached", "new Memcached()")),
            List.of()));
  }

  /** Replaces option line {@code from} of memcached.conf with {@code to} and restarts memcached on it. */
  private static String restartMemcachedWith(String from, String to) {
    return "sed -i 's/^" + from + "$/" + to + "/' /etc/memcached.conf && grep -qx -- '" + to + "' /etc/memcached.conf"
        + " && kill \"$(cat /run/memcached/memcached.pid)\" && sleep 1"
        + " && /usr/share/memcached/scripts/start-memcached /etc/memcached.conf /run/memcached/memcached.pid"
        + " && sleep 1";
  }

  private static String restartRedis() {
    return "redis-cli shutdown nosave; sleep 0.5; setpriv --reuid=redis --regid=redis --init-groups --"
        + " redis-server /etc/redis/redis.conf --daemonize yes --supervised no"
        + " && for i in $(seq 50); do redis-cli ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("redisBundleFaults")
  void redisBundle_faultTurnsTheNamedChecksRed(Fault fault) {
    assertRed(redis, fault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("memcacheBundleFaults")
  void memcacheBundle_faultTurnsTheNamedChecksRed(Fault fault) {
    assertRed(memcache, fault);
  }

  private static void assertRed(Server server, Fault fault) {
    Instant faultStarted = Instant.now();
    ExecResult injected = server.target().shell(fault.inject());
    assertThat(injected.exitCode()).as("injecting %s: %s%s", fault, injected.stdout(), injected.stderr()).isZero();
    Instant checksStarted = Instant.now();
    RunOutcome outcome;
    try {
      outcome = VerificationRunner.builder(sectionsOf(server.spec(), fault)).level(Level.THOROUGH).bundleRoot(ROOT)
          .build().run(server.target());
    } finally {
      Instant repairStarted = Instant.now();
      ExecResult repaired = server.target().execIn(ROOT, APPLY_TIMEOUT, "./produce");
      System.out.printf("[verify-it] fault '%s': inject %d ms · checks %d ms · repair (./produce) %d ms%n", fault,
          Duration.between(faultStarted, checksStarted).toMillis(),
          Duration.between(checksStarted, repairStarted).toMillis(),
          Duration.between(repairStarted, Instant.now()).toMillis());
      assertThat(repaired.exitCode()).as("re-applying after %s: %s%s", fault, repaired.stdout(), repaired.stderr())
          .isZero();
    }
    List<CheckResult> failed = outcome.results().stream().filter(r -> r.status() == Status.FAILED).toList();
    assertThat(outcome.exitCode()).as("exit code with %s: %s", fault, failures(outcome))
        .isEqualTo(ExitCode.CHECKS_FAILED);
    for (Fault.Expected expected : fault.mustFail()) {
      assertThat(failed).as("%s must turn red: %s; red were: %s", fault, expected, failures(outcome))
          .anyMatch(expected::matches);
    }
    assertThat(failed).as("%s turned red what it does not explain", fault).allMatch(fault::allows);
  }

  /**
   * {@code spec} with only the sections the fault concerns. The others were green in the baseline
   * and nothing of theirs is touched; leaving them out keeps the suite within minutes.
   */
  private static VerificationSpec sectionsOf(VerificationSpec spec, Fault fault) {
    List<Section> sections = spec.sections().stream()
        .filter(section -> fault.sections().contains(section.name())).toList();
    assertThat(sections).extracting(Section::name).containsExactlyInAnyOrderElementsOf(fault.sections());
    return new VerificationSpec(spec.source(), sections);
  }

  private static String failures(RunOutcome outcome) {
    return outcome.results().stream().filter(r -> r.status() == Status.FAILED || r.status() == Status.ERROR)
        .map(r -> r.section() + " › " + r.item() + " › " + r.cmd() + " [" + r.message().lines().findFirst().orElse("")
            + "]")
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
