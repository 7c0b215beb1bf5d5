package dev.produce.generators.meta;

import dev.produce.format.BundleLayout;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.render.FileGenerator;
import dev.produce.generators.render.Templates;
import dev.produce.model.CacheBackend;
import dev.produce.model.Daemon;
import dev.produce.model.Derivation;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.ManagedFile;
import dev.produce.model.NginxMicrocache;
import dev.produce.model.NginxProfile;
import dev.produce.model.ServerProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bundle's {@code README.md}: what it changes (the managed files), why each value was chosen
 * (every derivation), how to apply and roll back, what apply does, and the trade-offs. Tables and
 * lists are built here; the template only places them.
 */
public final class ReadmeGenerator implements FileGenerator {
  /** The bundle path. */
  public static final String PATH = BundleLayout.README;

  @Override
  public Optional<BundleFile> generate(ServerProfile profile) {
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("summary", summary(profile.inputs()));
    context.put("filesTable", filesTable(profile));
    context.put("packages", "`" + String.join("`, `", profile.requiredPackages()) + "`");
    context.put("derivationsTable", derivationsTable(profile.derivations()));
    context.put("daemonsTable", daemonsTable(profile));
    context.put("keptSettings", keptSettings(profile));
    context.put("keepsSettings", profile.files().stream().anyMatch(f -> !f.keptDirectives().isEmpty()));
    context.put("settingsPhp", profile.drupal().map(d -> d.settingsPhp()).orElse(""));
    context.put("siteRoot", profile.inputs().siteRoot());
    context.put("wiresDrupal", profile.drupal().isPresent());
    context.put("tunesPhp", profile.phpIni().isPresent());
    context.put("tunesNginx", profile.nginx().isPresent());
    context.put("platformNote", platformNote(profile));
    context.put("redis", profile.redis().isPresent());
    context.put("redisName", profile.platform().redis().productName());
    context.put("redisService", profile.platform().redis().service());
    context.put("evictionPolicy", profile.redis().map(r -> r.maxmemoryPolicy()).orElse(""));
    context.put("cacheService", profile.drupal().map(d -> d.cacheService()).orElse(""));
    context.put("apcuMb", profile.budget().apcuMb());
    context.put("apcuPackage", "php" + profile.php().version() + "-apcu");
    context.put("createsDirectories", !profile.directories().isEmpty());
    context.put("directories", profile.directories().stream()
        .map(d -> "`" + d.path() + "` (" + d.owner() + ":" + d.group() + " " + d.mode() + ")")
        .collect(Collectors.joining(", ")));
    Optional<NginxMicrocache> microcache = profile.nginx().flatMap(NginxProfile::microcache);
    context.put("microcache", microcache.isPresent());
    context.put("microcacheSeconds", microcache.map(NginxMicrocache::validSeconds).orElse(0));
    context.put("microcachePath", microcache.map(NginxMicrocache::path).orElse(""));
    context.put("revalidateFreq", profile.phpIni().map(i -> i.opcacheRevalidateFreqS()).orElse(0));
    context.put("realpathTtl", profile.phpIni().map(i -> i.realpathCacheTtlS()).orElse(0));
    return Optional.of(Templates.file(PATH, profile, context, false));
  }

  /** The target release, and where PHP comes from when {@code --php} is not the release's own. */
  static String platformNote(ServerProfile profile) {
    Distro distro = profile.inputs().distro();
    String target = "Target: Debian " + distro.optionValue().replace("debian-", "") + " (" + distro.suite()
        + ", `--distro " + distro.optionValue() + "`).";
    if (profile.inputs().distroPhp()) {
      return target + " PHP " + profile.php().version() + " is the release's own: every package below is Debian's.";
    }
    return target + " PHP " + profile.php().version() + " is not the release's own (PHP " + distro.php() + "): `"
        + profile.php().fpmService() + "` and its `php" + profile.php().version() + "-*` extensions are not Debian's"
        + " and must come from elsewhere (another repository or your own build) before the apply.";
  }

  static String summary(Inputs in) {
    String scope = switch (in.scope()) {
      case FULL -> "the " + in.cache().optionValue() + " cache backend wired into Drupal, and PHP-FPM, opcache"
          + " and nginx tuning";
      case PERFORMANCE_ONLY -> "PHP-FPM, opcache and nginx tuning only (no cache backend)";
      case CACHE_ONLY -> "the " + in.cache().optionValue() + " cache backend wired into Drupal only (no PHP-FPM,"
          + " opcache or nginx tuning)";
    };
    String cache = in.cache() == CacheBackend.NONE ? "" : ", cache backend " + in.cache().optionValue();
    return "a server with " + in.memoryMb() + " MB of RAM and " + in.cpus() + " CPUs, PHP " + in.php() + cache
        + ", Drupal at `" + in.siteRoot() + "` (docroot `" + in.docroot() + "`). It configures " + scope + ".";
  }

  private static String filesTable(ServerProfile profile) {
    MarkdownTable table = new MarkdownTable("installed at", "from the bundle", "owner:group", "mode", "read by");
    for (ManagedFile file : profile.files()) {
      table.row("`" + file.targetPath() + "`", "`" + file.bundlePath() + "`", file.owner() + ":" + file.group(),
          file.mode(), DaemonChecks.service(file.daemon(), profile.platform()));
    }
    return table.render();
  }

  private static String derivationsTable(List<Derivation> derivations) {
    MarkdownTable table = new MarkdownTable("setting", "value", "why");
    derivations.forEach(d -> table.row("`" + d.key() + "`", d.value(), d.derivation()));
    return table.render();
  }

  /** The directives each file keeps from the server's previous version, for one sentence. */
  private static String keptSettings(ServerProfile profile) {
    return profile.files().stream().filter(f -> !f.keptDirectives().isEmpty())
        .map(f -> f.keptDirectives().stream()
            .map(d -> "`" + d + (f.daemon() == Daemon.PHP_FPM ? "[…]" : "") + "`")
            .collect(Collectors.joining(", ")) + " in `" + f.targetPath() + "`")
        .collect(Collectors.joining("; "));
  }

  private static String daemonsTable(ServerProfile profile) {
    MarkdownTable table = new MarkdownTable("service", "validated with", "healthy when");
    for (Daemon daemon : Daemon.values()) {
      if (daemon != Daemon.DRUPAL && profile.configures(daemon)) {
        table.row(DaemonChecks.service(daemon, profile.platform()), DaemonChecks.validation(daemon, profile.platform()),
            DaemonChecks.health(daemon, profile.platform()));
      }
    }
    return table.render();
  }
}
