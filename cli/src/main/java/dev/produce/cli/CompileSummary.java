package dev.produce.cli;

import dev.produce.format.BundleLayout;
import dev.produce.generators.render.Bundle;
import dev.produce.model.CacheBackend;
import dev.produce.model.Inputs;
import dev.produce.model.ServerProfile;
import java.util.Optional;

/**
 * What {@code produce-compile} prints after writing a bundle: where it went, how many files, the
 * inputs that matter and the key numbers, and what to do next.
 */
final class CompileSummary {
  private CompileSummary() {}

  /**
   * @param bundleDir the bundle directory as the user named it, ending in {@code /}
   * @param archive the archive as the user named it, if one was written
   */
  static String format(ServerProfile profile, Bundle bundle, String bundleDir, Optional<String> archive) {
    Inputs in = profile.inputs();
    int files = bundle.files().size();
    StringBuilder text = new StringBuilder()
        .append("Wrote ").append(bundleDir).append(" (").append(files).append(files == 1 ? " file): " : " files): ")
        .append(cache(in)).append(", ").append(in.memoryMb()).append(" MB RAM, ")
        .append(in.cpus()).append(in.cpus() == 1 ? " CPU" : " CPUs").append(", PHP ").append(in.php())
        .append(", ").append(in.distro().optionValue()).append('\n');
    if (!in.distroPhp()) {
      line(text, "PHP packages", profile.php().fpmService() + " is not " + in.distro().optionValue()
          + "'s PHP: install it from elsewhere before applying");
    }
    profile.phpFpm().ifPresentOrElse(
        pool -> line(text, "pm.max_children", pool.maxChildren() + " PHP-FPM workers × " + in.fpmProcessMb() + " MB"),
        () -> line(text, "pm.max_children", "unchanged (--no-performance)"));
    String server = profile.platform().redis().productName().toLowerCase(java.util.Locale.ROOT);
    profile.redis().ifPresent(redis -> line(text, server + " maxmemory", redis.maxmemoryMb() + " MB"));
    profile.memcached().ifPresent(memcached -> line(text, "memcached -m", memcached.memoryMb() + " MB"));
    if (in.cache() == CacheBackend.NONE) {
      line(text, "cache memory", "none (no cache backend)");
    }
    archive.ifPresent(file -> text.append("Wrote ").append(file).append(" (reproducible archive of the bundle)\n"));
    text.append("Next: copy ").append(bundleDir).append(" to the server and run: sudo ./produce  (see ")
        .append(bundleDir).append(BundleLayout.README).append(")\n");
    return text.toString();
  }

  private static String cache(Inputs in) {
    return switch (in.cache()) {
      case REDIS -> "Redis";
      case VALKEY -> "Valkey";
      case MEMCACHE -> "Memcached";
      case NONE -> "no cache backend";
    };
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append("  ").append(String.format("%-17s", label)).append(value).append('\n');
  }
}
