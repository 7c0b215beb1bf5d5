package dev.produce.loadtest.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.produce.verifier.container.ExecResult;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The commands Redis served while one action ran, by name ({@code hgetall}, {@code mget}, …), from INFO commandstats. */
final class RedisCommands {
  private static final Pattern CALLS = Pattern.compile("^cmdstat_([a-z|]+):calls=(\\d+)", Pattern.MULTILINE);

  private RedisCommands() {}

  /** The commands {@code action} made Redis serve (the INFO calls that measure it left out). */
  static Map<String, Long> during(SiteContainer site, Runnable action) {
    Map<String, Long> before = read(site);
    action.run();
    Map<String, Long> after = read(site);
    Map<String, Long> served = new TreeMap<>();
    after.forEach((command, calls) -> {
      long delta = calls - before.getOrDefault(command, 0L);
      if (delta > 0 && !command.equals("info")) {
        served.put(command, delta);
      }
    });
    return served;
  }

  private static Map<String, Long> read(SiteContainer site) {
    ExecResult stats = site.target().shell("redis-cli INFO commandstats");
    assertThat(stats.exitCode()).as("redis-cli INFO commandstats: %s", stats.stderr()).isZero();
    Map<String, Long> calls = new TreeMap<>();
    Matcher matcher = CALLS.matcher(stats.stdout().replace("\r", ""));
    while (matcher.find()) {
      calls.put(matcher.group(1), Long.parseLong(matcher.group(2)));
    }
    return calls;
  }
}
