package dev.produce.verifier.report;

import dev.produce.verifier.check.CheckResult;
import dev.produce.verifier.check.Phase;
import dev.produce.verifier.check.Status;
import dev.produce.format.verification.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Fixed results (fixed durations) for the report tests: same input, same bytes. */
final class ReportFixtures {

  private ReportFixtures() {}

  private static final String APPLY = "apply: ./produce exits 0 on a fresh target";
  private static final String IDEMPOTENCE =
      "idempotence: a second apply changes no managed file and restarts no service";
  private static final String OFFLINE = "offline: ./produce exits 0 on a target with no network";
  private static final String PERFORMANCE = "Performance optimization configured";

  /** Scenario name → results; the golden files are {@code <name>.<exit code>.<txt|xml|json>}. */
  static Map<String, List<CheckResult>> scenarios() {
    return Map.of("passing", passing(), "failing", failing(), "environment", environment());
  }

  static List<CheckResult> passing() {
    return List.of(
        apply(Status.PASSED, 8_210),
        command("produce", PERFORMANCE, "grep -q 'tune_php_fpm' scripts/commands/produce.sh", 12).build(),
        command("redis", "Redis answers on loopback", "redis-cli -p 6379 ping", 2_310).attempts(3)
            .actual("exit 0; stdout \"PONG\\n\"").expected("exit 0; stdout contains \"PONG\"")
            .stdoutTail("PONG").message("passed after 3 attempts").build(),
        manual(),
        CheckResult.builder(Phase.IDEMPOTENCE, CheckResult.BUILT_IN_SECTION, IDEMPOTENCE).cmd("./produce")
            .status(Status.PASSED).attempts(1).duration(Duration.ofMillis(3_005)).exitCode(0)
            .expected("exit 0; unchanged hash, mode and owner of 6 managed paths and PIDs of 3 services")
            .actual("exit 0; no change").build());
  }

  static List<CheckResult> failing() {
    return List.of(
        apply(Status.PASSED, 12_345),
        command("produce", PERFORMANCE, "grep -qE '(cache|redis|memcache|performance)' scripts/commands/produce.sh",
            11).build(),
        command("produce", PERFORMANCE, "grep -q 'setup_redis\\|setup_memcache' scripts/commands/produce.sh", 9)
            .build(),
        command("nginx", "nginx accepts its configuration", "nginx -t", 48).status(Status.FAILED).exitCode(1)
            .actual("exit 1").message("exit 1, expected exit 0")
            .stderrTail("nginx: [emerg] unknown directive \"gzip_foo\" in /etc/nginx/conf.d/performance.conf:3\n"
                + "nginx: configuration file /etc/nginx/nginx.conf test failed\n"
                + "\u001b[31mcolour\u001b[0m & <tags> \"quoted\"").build(),
        command("redis", "Redis answers on loopback", "redis-cli -p 6379 ping", 2_310).attempts(3)
            .expected("exit 0; stdout contains \"PONG\"").actual("exit 0; stdout \"PONG\\n\"")
            .stdoutTail("PONG").message("passed after 3 attempts").build(),
        command("redis", "Redis runs with the computed memory limit, eviction & no persistence",
            "redis-cli -p 6379 config get maxmemory | sed -n 2p", 7).status(Status.FAILED)
            .expected("exit 0; stdout matches /^25165824$/").actual("exit 0; stdout \"268435456\\n\"")
            .stdoutTail("268435456").message("expected stdout that matches /^25165824$/").build(),
        command("php_fpm", "PHP-FPM runs the computed www pool", "php-fpm8.2 -tt 2>&1 | grep -E 'pm = <dynamic>'", 0)
            .level(Level.THOROUGH).status(Status.SKIPPED).attempts(0).exitCode(null)
            .message("not run: level thorough (this run: quick)").build(),
        manual(),
        CheckResult.builder(Phase.IDEMPOTENCE, CheckResult.BUILT_IN_SECTION, IDEMPOTENCE).cmd("./produce")
            .status(Status.FAILED).attempts(1).duration(Duration.ofMillis(4_100)).exitCode(0)
            .expected("exit 0; unchanged hash, mode and owner of 6 managed paths and PIDs of 3 services")
            .actual("exit 0; 1 change:\n- service redis pid=41\n+ service redis pid=97")
            .stdoutTail("produce: restarted redis").message("the second apply changed the state (1 change)")
            .build(),
        CheckResult.builder(Phase.OFFLINE, CheckResult.BUILT_IN_SECTION, OFFLINE).cmd("./produce")
            .status(Status.PASSED).attempts(1).duration(Duration.ofMillis(9_870)).exitCode(0).expected("exit 0")
            .actual("exit 0").stdoutTail("produce: applied").build(),
        command("produce", PERFORMANCE, "grep -q 'tune_php_fpm' scripts/commands/produce.sh", 10)
            .phase(Phase.OFFLINE).stderrTail("control \u001b[31mred\u001b[0m & <tags>").build());
  }

  static List<CheckResult> environment() {
    return List.of(
        CheckResult.builder(Phase.APPLY, CheckResult.BUILT_IN_SECTION, APPLY).cmd("./produce")
            .status(Status.ERROR).duration(Duration.ofMillis(1_500)).expected("exit 0")
            .message("target failed: cannot exec in 3f2a: container is not running").build(),
        command("produce", PERFORMANCE, "grep -q 'tune_php_fpm' scripts/commands/produce.sh", 0)
            .status(Status.SKIPPED).attempts(0).exitCode(null).actual("").message("not run: the target failed")
            .build(),
        manual());
  }

  private static CheckResult apply(Status status, long millis) {
    return CheckResult.builder(Phase.APPLY, CheckResult.BUILT_IN_SECTION, APPLY).cmd("./produce")
        .status(status).attempts(1).duration(Duration.ofMillis(millis)).exitCode(0).expected("exit 0")
        .actual("exit 0").stdoutTail("produce: installed /etc/redis/redis.conf\nproduce: health: redis PONG").build();
  }

  private static Builder command(String section, String item, String cmd, long millis) {
    return new Builder(section, item, cmd, millis);
  }

  private static CheckResult manual() {
    return CheckResult.builder(Phase.CHECKS, "drupal",
            "With the redis module enabled, Drupal's status report shows the redis backend connected")
        .status(Status.MANUAL).expected("Open admin/reports/status")
        .message("manual: Open admin/reports/status").build();
  }

  /** A passed quick command check, adjustable. */
  static final class Builder {
    private final String section;
    private final String item;
    private final String cmd;
    private Phase phase = Phase.CHECKS;
    private Level level = Level.QUICK;
    private Status status = Status.PASSED;
    private int attempts = 1;
    private final long millis;
    private String expected = "exit 0";
    private String actual = "exit 0";
    private Integer exitCode = 0;
    private String stdoutTail = "";
    private String stderrTail = "";
    private String message = "";

    Builder(String section, String item, String cmd, long millis) {
      this.section = section;
      this.item = item;
      this.cmd = cmd;
      this.millis = millis;
    }

    Builder phase(Phase value) { phase = value; return this; }
    Builder level(Level value) { level = value; return this; }
    Builder status(Status value) { status = value; return this; }
    Builder attempts(int value) { attempts = value; return this; }
    Builder expected(String value) { expected = value; return this; }
    Builder actual(String value) { actual = value; return this; }
    Builder exitCode(Integer value) { exitCode = value; return this; }
    Builder stdoutTail(String value) { stdoutTail = value; return this; }
    Builder stderrTail(String value) { stderrTail = value; return this; }
    Builder message(String value) { message = value; return this; }

    CheckResult build() {
      return new CheckResult(phase, section, item, level, cmd, status, attempts, Duration.ofMillis(millis),
          expected, actual, exitCode, stdoutTail, stderrTail, message);
    }
  }
}
