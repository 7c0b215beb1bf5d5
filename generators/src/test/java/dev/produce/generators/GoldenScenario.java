package dev.produce.generators;

import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.MemorySize;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A golden-file scenario: {@code src/test/resources/golden/<name>/inputs.properties} (command-line
 * options without their dashes, e.g. {@code memory=16G}, {@code performance-only=true}) and
 * {@code expected/}, the bundle tree those inputs must produce.
 */
record GoldenScenario(String name, Path dir) {
  /** Where the scenarios live (surefire runs in the module directory). */
  static final Path ROOT = Path.of("src", "test", "resources", "golden");

  static List<GoldenScenario> all() {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted()
          .map(dir -> new GoldenScenario(dir.getFileName().toString(), dir)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path expected() {
    return dir.resolve("expected");
  }

  ServerProfile profile() {
    return Profiles.compute(inputs());
  }

  Inputs inputs() {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(dir.resolve("inputs.properties"))) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Inputs.Builder builder = Inputs.builder();
    if (p.containsKey("distro")) {
      builder.distro(Distro.parse(p.getProperty("distro")));
    }
    if (p.containsKey("memory")) {
      builder.memoryMb(MemorySize.parseMegabytes("--memory", p.getProperty("memory")));
    }
    if (p.containsKey("cache")) {
      builder.cache(CacheBackend.parse(p.getProperty("cache")));
    }
    if (p.containsKey("cpus")) {
      builder.cpus(Integer.parseInt(p.getProperty("cpus")));
    }
    if (p.containsKey("php")) {
      builder.php(PhpVersion.parse(p.getProperty("php")));
    }
    if (p.containsKey("site-root")) {
      builder.siteRoot(p.getProperty("site-root"));
    }
    if (p.containsKey("fpm-process-mb")) {
      builder.fpmProcessMb(Integer.parseInt(p.getProperty("fpm-process-mb")));
    }
    builder.performanceOnly(Boolean.parseBoolean(p.getProperty("performance-only", "false")));
    builder.noPerformance(Boolean.parseBoolean(p.getProperty("no-performance", "false")));
    builder.microcacheSeconds(Integer.parseInt(p.getProperty("microcache", "0")));
    return builder.build();
  }

  @Override
  public String toString() {
    return name;
  }
}
