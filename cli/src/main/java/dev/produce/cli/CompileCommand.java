package dev.produce.cli;

import dev.produce.cli.airgap.BundleSigner;
import dev.produce.cli.airgap.PackageVendoring;
import dev.produce.cli.convert.ArchivePathConverter;
import dev.produce.cli.convert.CacheBackendConverter;
import dev.produce.cli.convert.CpusConverter;
import dev.produce.cli.convert.DistroConverter;
import dev.produce.cli.convert.FpmProcessMbConverter;
import dev.produce.cli.convert.MemoryConverter;
import dev.produce.cli.convert.MicrocacheConverter;
import dev.produce.cli.convert.PhpVersionConverter;
import dev.produce.format.BundleLayout;
import dev.produce.generators.render.Bundle;
import dev.produce.generators.write.BundleArchive;
import dev.produce.generators.render.BundleFile;
import dev.produce.generators.write.BundleTargetException;
import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.InvalidInputException;
import dev.produce.model.NginxProfile;
import dev.produce.model.PhpVersion;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.TargetException;
import dev.produce.verifier.offline.PackageVendorException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code produce-compile}: compiles the server profile given by the options into a bundle directory
 * (and optionally a reproducible archive), or with {@code --explain} prints how every value was
 * derived. All validation happens before anything is written; the bundle itself is written all or
 * nothing by {@link BundleWriter}.
 */
@Command(
    name = "produce-compile",
    mixinStandardHelpOptions = true,
    versionProvider = ProduceVersionProvider.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Compiles a Drupal server profile (RAM, cache backend, CPUs, PHP version) into a self-contained bundle:"
          + " shell scripts and configuration files for nginx, PHP-FPM, Redis or Memcached and Drupal's"
          + " settings.php. Copy the bundle to a Debian 13 (or, with --distro debian-12, Debian 12) server and apply"
          + " it there with 'sudo ./produce'.",
      "Every number in the bundle is computed from these options; --explain shows how.",
      ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok: the bundle was written (or, with --explain alone, explained)",
      "1:checks or a gate failed (produce-verify, produce-loadtest)",
      "2:invalid input or usage; the message names the option and the accepted values",
      "3:environment: I/O, Docker, missing image"},
    footerHeading = "%nExamples:%n",
    footer = {
      "  produce-compile --memory 4096 --cache memcache -o bundle/",
      "  produce-compile --memory 16G --performance-only --explain",
      "  produce-compile --memory 4096 --cache redis --microcache 5 -o bundle/",
      "  produce-compile --memory 4096 --cache valkey -o bundle/",
      "  produce-compile --distro debian-12 --memory 4096 --cache redis -o bundle/",
      "  produce-compile --archive bundle.tar.gz",
      "  produce-compile --inventory fleet.yml --limit 'web:!web-07' -o fleet/",
      "  produce-compile --vendor-packages --sign ~/.ssh/produce_ed25519 --archive bundle.tar.gz"})
public final class CompileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--distro", paramLabel = "debian-13|debian-12", defaultValue = "debian-13",
      converter = DistroConverter.class,
      description = "Debian release of the server: debian-13 (trixie: nginx 1.26, PHP 8.4, Redis 8.0, Valkey 8.1,"
          + " memcached 1.6.38) or debian-12 (bookworm: nginx 1.22, PHP 8.2, Redis 7.0, memcached 1.6.18). It fixes"
          + " package names, versions, paths and units. Default: ${DEFAULT-VALUE}.")
  Distro distro;

  @Option(names = "--memory", paramLabel = "MB", defaultValue = "2048", converter = MemoryConverter.class,
      description = "Server RAM in MB, 512 to 1048576 (512M to 1T); suffixes M, G, T accepted (4096 = 4G)."
          + " Default: ${DEFAULT-VALUE}.")
  long memoryMb;

  @Option(names = "--cache", paramLabel = "redis|valkey|memcache|none", defaultValue = "redis",
      converter = CacheBackendConverter.class,
      description = "Cache backend to install and wire into Drupal: redis, valkey (Debian 13 only; through the"
          + " redis module and phpredis like Redis), memcache or none."
          + " Default: ${DEFAULT-VALUE} (none with --performance-only).")
  CacheBackend cache;

  @Option(names = "--cpus", paramLabel = "N", defaultValue = "2", converter = CpusConverter.class,
      description = "CPU cores, 1 to 256 (memcached threads, nginx workers). Default: ${DEFAULT-VALUE}.")
  int cpus;

  @Option(names = "--php", paramLabel = "X.Y", converter = PhpVersionConverter.class,
      description = "PHP version on the target, one of 8.1|8.2|8.3|8.4; it fixes Debian's paths, binary and"
          + " service (php8.4-fpm). Default: the distro's own, 8.4 on debian-13, 8.2 on debian-12; another"
          + " version's packages must come from elsewhere (not with --vendor-packages).")
  PhpVersion php;

  @Option(names = "--site-root", paramLabel = "DIR", defaultValue = "/var/www/drupal",
      description = "Drupal project root on the target, an absolute path of at most 200 characters without '..'"
          + " (docroot DIR/web)."
          + " Default: ${DEFAULT-VALUE}.")
  String siteRoot;

  @Option(names = "--fpm-process-mb", paramLabel = "MB", defaultValue = "64", converter = FpmProcessMbConverter.class,
      description = "Average PHP-FPM worker size used for sizing, 16 to 2048 MB and at most 90%% of the memory"
          + " left for workers. Default: ${DEFAULT-VALUE}.")
  int fpmProcessMb;

  @Option(names = "--performance-only",
      description = "Only tune PHP-FPM, opcache and nginx; install no cache backend (implies --cache none).")
  boolean performanceOnly;

  @Option(names = "--no-performance",
      description = "Only install the cache backend and wire it into Drupal; no PHP-FPM or nginx tuning"
          + " (needs --cache redis or memcache).")
  boolean noPerformance;

  @Option(names = "--microcache", paramLabel = "SECONDS", defaultValue = "0", converter = MicrocacheConverter.class,
      description = "Let nginx answer anonymous page views from a FastCGI cache for up to SECONDS (1 to 600;"
          + " 0 = off, the default). Trade-off: an anonymous visitor may see a page up to SECONDS old. Only"
          + " pages Drupal's page cache marks cacheable and that set no cookie are stored; requests with a"
          + " session cookie or Authorization, POSTs and user/admin/batch/cron/update/ajax paths always"
          + " reach PHP.")
  int microcacheSeconds;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "bundle",
      description = "Bundle directory to create. A previous bundle there is replaced only with --force; a"
          + " non-empty directory that is not a bundle is never written into. Default: ${DEFAULT-VALUE}.")
  Path output;

  @Option(names = "--archive", paramLabel = "FILE", converter = ArchivePathConverter.class,
      description = "Also write the bundle to FILE, a reproducible archive named *.tar.gz or *.tgz;"
          + " an existing FILE is replaced only with --force.")
  Path archive;

  @Option(names = "--vendor-packages",
      description = "Also carry the packages the bundle needs from its distro's release, Debian 13 (trixie) or, with"
          + " --distro debian-12, Debian 12 (bookworm): nginx, PHP-FPM and its cache extension, APCu, the cache"
          + " daemon, and what a minimal install of that release lacks of their dependencies. They go under"
          + " packages/, so that produce installs the missing ones on a server without network. Needs Docker and"
          + " Debian's mirror at compile time; only with the distro's own PHP (8.4 on debian-13, 8.2 on debian-12)."
          + " With --inventory, every bundle carries its packages, each release's package list downloaded once.")
  boolean vendorPackages;

  @Option(names = "--sign", paramLabel = "KEY",
      description = "Sign SHA256SUMS with the OpenSSH key KEY (ssh-keygen -Y sign, namespace produce-bundle) into"
          + " SHA256SUMS.sig. KEY is a private key file (e.g. from ssh-keygen -t ed25519), or its .pub while an"
          + " ssh-agent holds the key. Apply it with produce-apply (server/produce-apply, installed on the server"
          + " beforehand), which refuses bundles not signed by a key of /etc/produce/allowed_signers.")
  Path signingKey;

  @Option(names = "--inventory", paramLabel = "FILE",
      description = "Compile a fleet: every host of the Ansible YAML inventory FILE, its profile from its produce_*"
          + " variables (produce_memory, produce_cache, …; see docs/inventory.md), hosts of the same profile sharing"
          + " one bundle under DIR/bundles/, DIR/fleet.json mapping each host to its bundle and DIR/rollout.yml, the"
          + " Ansible playbook that rolls them out. Needs -o DIR; takes --limit, --sign, --vendor-packages and --force.")
  Path inventory;

  @Option(names = "--limit", paramLabel = "PATTERN",
      description = "With --inventory, only the hosts PATTERN selects, as Ansible's --limit: host or group names and"
          + " * globs separated by , or :, !NAME to leave out, &NAME to intersect.")
  String limit;

  @Option(names = "--force", description = "Replace a previous bundle at DIR (and an existing archive FILE).")
  boolean force;

  @Option(names = "--explain",
      description = "Print every computed value with its derivation (key, value, derivation). Without an"
          + " explicit -o it only prints and writes nothing, not even --archive.")
  boolean explain;

  /** Where {@code --vendor-packages} gets the packages from (Docker); tests substitute their own. */
  java.util.function.Function<ServerProfile, List<BundleFile>> packageSource = PackageVendoring::files;

  /** Whether an ssh-agent may hold the private half of a public {@code --sign} KEY; tests substitute their own. */
  boolean sshAgentRunning = System.getenv("SSH_AUTH_SOCK") != null;

  @Option(names = "--stacktrace", description = "Print the full stack trace of an error (for bug reports).")
  boolean stacktrace;

  @Override
  public Integer call() {
    ErrorReporter errors = new ErrorReporter(spec.commandLine(), stacktrace);
    if (inventory != null) {
      return CompileFleet.run(inventory, Optional.ofNullable(limit), Optional.ofNullable(signingKey), sshAgentRunning,
          vendorPackages ? Optional.of(packageSource) : Optional.empty(), output, force, this::given,
          spec.commandLine().getOut(), spec.commandLine().getErr(), errors);
    }
    try {
      if (limit != null) {
        throw new InvalidInputException("--limit", "selects hosts of an --inventory; give --inventory FILE too");
      }
      return compile(spec.commandLine().getOut(), errors);
    } catch (InvalidInputException e) {
      return errors.usage(e.getMessage(), e);
    } catch (BundleTargetException e) {
      return errors.refusedTarget(e.getMessage(), e);
    } catch (RuntimeException e) {
      return errors.unexpected(e);
    }
  }

  private int compile(PrintWriter out, ErrorReporter errors) throws BundleTargetException {
    ServerProfile profile = Profiles.compute(inputs());
    if (explain) {
      out.println("Derivations for: " + profile.inputs().toCommandLine());
      out.print(ExplainTable.format(profile.derivations()));
      if (!profile.inputs().distroPhp()) {
        out.println("PHP " + profile.inputs().php() + " is not " + profile.inputs().distro().optionValue() + "'s own ("
            + profile.inputs().distro().php() + "): " + profile.php().fpmService() + " and its extensions must come"
            + " from elsewhere (another repository or your own build); --vendor-packages refuses it.");
      }
      profile.nginx().flatMap(NginxProfile::microcache).ifPresent(microcache -> out.println(
          "Trade-off of --microcache " + microcache.validSeconds() + ": nginx answers repeated anonymous page views"
              + " without PHP, so an edit reaches anonymous visitors up to " + microcache.validSeconds() + " s later"
              + " (an expired page may also be served while one request refreshes it or PHP-FPM fails). Only pages"
              + " Drupal's page cache marks cacheable and that set no cookie are stored; session cookies,"
              + " Authorization, POSTs and Drupal's user/admin/batch/cron/update/install/ajax paths always reach"
              + " PHP."));
      if (!given("--output")) {
        out.println("Nothing written (--explain without -o); add -o DIR to write the bundle.");
        out.flush();
        return ExitCodes.OK;
      }
    }
    checkArchiveTarget();
    if (signingKey != null) {
      BundleSigner.checkKey(signingKey, sshAgentRunning);
    }
    List<BundleFile> packages = List.of();
    if (vendorPackages) {
      PackageVendoring.checkProfile(profile);
      spec.commandLine().getErr().println("produce-compile: downloading " + PackageVendoring.what(profile)
          + " of the bundle in a container (Docker, Debian's mirror)…");
      spec.commandLine().getErr().flush();
      try {
        packages = packageSource.apply(profile);
      } catch (TargetException | PackageVendorException e) {
        return errors.environment(PackageVendoring.OPTION + " needs Docker and Debian's mirror: " + e.getMessage(),
            e);
      }
    }
    Bundle bundle = Generators.bundle(profile, packages);
    if (signingKey != null) {
      try {
        bundle = BundleSigner.sign(bundle, signingKey);
      } catch (IOException e) {
        return errors.environment("--sign: cannot run ssh-keygen (package openssh-client): "
            + ErrorReporter.describe(e), e);
      }
    }
    String bundleDir = display(output) + "/";
    try {
      BundleWriter.write(bundle, output, force);
    } catch (BundleTargetException e) {
      throw e;
    } catch (IOException e) {
      return errors.environment("cannot write " + bundleDir + ": " + ErrorReporter.describe(e), e);
    }
    if (archive != null) {
      try {
        BundleArchive.write(bundle, archive);
      } catch (IOException e) {
        return errors.environment("cannot write " + display(archive) + ": " + ErrorReporter.describe(e)
            + " (the bundle directory " + bundleDir + " was written)", e);
      }
    }
    out.print(CompileSummary.format(profile, bundle, bundleDir, Optional.ofNullable(archive).map(this::display)));
    if (!packages.isEmpty()) {
      out.println("  packages         " + PackageVendoring.describe(packages) + " (" + bundleDir + BundleLayout.PACKAGES_INDEX + ")");
    }
    if (signingKey != null) {
      out.println("  signature        " + bundleDir + BundleSigner.SIGNATURE + " (namespace "
          + BundleSigner.NAMESPACE + "; produce-apply checks it against /etc/produce/allowed_signers)");
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The options as validated model inputs; {@code --cache} counts only when it was given. */
  private Inputs inputs() {
    Inputs.Builder inputs = Inputs.builder()
        .distro(distro)
        .memoryMb(memoryMb)
        .cpus(cpus)
        .php(php)
        .siteRoot(siteRoot)
        .fpmProcessMb(fpmProcessMb)
        .performanceOnly(performanceOnly)
        .noPerformance(noPerformance)
        .microcacheSeconds(microcacheSeconds);
    if (given("--cache")) {
      inputs.cache(cache);
    }
    return inputs.build();
  }

  /** Refuses an archive path that would overwrite something or land inside the bundle, before anything is written. */
  private void checkArchiveTarget() {
    if (archive == null) {
      return;
    }
    Path file = archive.toAbsolutePath().normalize();
    if (file.startsWith(output.toAbsolutePath().normalize())) {
      throw new InvalidInputException("--archive", display(archive) + " is inside the bundle directory "
          + display(output) + "/; write it next to the bundle instead");
    }
    if (Files.isDirectory(file)) {
      throw new InvalidInputException("--archive", display(archive) + " is a directory; name a .tar.gz file");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !force) {
      throw new InvalidInputException("--archive", display(archive) + " already exists; add --force to replace it,"
          + " or choose another name");
    }
  }

  private boolean given(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  private String display(Path path) {
    return path.toString().isEmpty() ? "." : path.toString();
  }
}
