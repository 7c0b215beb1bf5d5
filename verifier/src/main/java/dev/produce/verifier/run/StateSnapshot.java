package dev.produce.verifier.run;

import dev.produce.verifier.container.ExecResult;
import dev.produce.verifier.container.Target;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bundle's apply must not change when it runs again: the hash, mode and owner of every
 * path the bundle manages and the main PID of every service it touches, one line each, as
 * {@code state-snapshot.sh} prints them on the target.
 *
 * @param lines {@code path /etc/redis/redis.conf sha256=… mode=640 owner=redis:redis},
 *              {@code service redis pid=42}, in the bundle's order
 */
public record StateSnapshot(List<String> lines) {

  private static final String SCRIPT = loadScript();
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  public StateSnapshot {
    lines = List.copyOf(lines);
  }

  /**
   * Captures the state on {@code target}, running the snapshot script in {@code bundleRoot}.
   *
   * @throws SnapshotFailedException when the script fails (e.g. the bundle has no
   *     {@code scripts/lib/bundle.sh})
   */
  public static StateSnapshot capture(Target target, String bundleRoot) {
    ExecResult result = target.execIn(bundleRoot, TIMEOUT, "bash", "-c", SCRIPT);
    if (!result.succeeded()) {
      throw new SnapshotFailedException("the state snapshot failed (exit " + result.exitCode() + "): "
          + result.stderr().strip());
    }
    return parse(result.stdout());
  }

  /** The snapshot {@code text} (the script's output) describes. */
  public static StateSnapshot parse(String text) {
    return new StateSnapshot(text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
  }

  /** How many managed paths it covers. */
  public long pathCount() {
    return lines.stream().filter(line -> line.startsWith("path ")).count();
  }

  /** How many services it covers. */
  public long serviceCount() {
    return lines.stream().filter(line -> line.startsWith("service ")).count();
  }

  /**
   * What changed from this snapshot to {@code after}, one entry per path or service: a
   * {@code - before} and {@code + after} line pair when it changed, a single {@code -} or
   * {@code +} line when it appeared or vanished. Empty when nothing changed.
   */
  public List<String> diff(StateSnapshot after) {
    Objects.requireNonNull(after, "after");
    Map<String, String> before = byKey(lines);
    Map<String, String> now = byKey(after.lines);
    List<String> diff = new ArrayList<>();
    before.forEach((key, line) -> {
      String changed = now.get(key);
      if (changed == null) {
        diff.add("- " + line);
      } else if (!changed.equals(line)) {
        diff.add("- " + line);
        diff.add("+ " + changed);
      }
    });
    now.forEach((key, line) -> {
      if (!before.containsKey(key)) {
        diff.add("+ " + line);
      }
    });
    return diff;
  }

  /** Lines by their first two words ({@code path /etc/x}, {@code service redis}). */
  private static Map<String, String> byKey(List<String> lines) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String line : lines) {
      String[] words = line.split(" ", 3);
      byKey.putIfAbsent(words.length >= 2 ? words[0] + " " + words[1] : line, line);
    }
    return byKey;
  }

  private static String loadScript() {
    try (InputStream in = StateSnapshot.class.getResourceAsStream("state-snapshot.sh")) {
      if (in == null) {
        throw new IllegalStateException("state-snapshot.sh is missing from the verifier's resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
