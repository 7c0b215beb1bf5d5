package dev.produce.model;

/** Explains what {@code --distro} decides: the release's versions and whether PHP is its own. */
final class DistroDefaults {
  private DistroDefaults() {}

  static void explain(Inputs in, Platform platform, Explanation ex) {
    Distro distro = in.distro();
    ex.add("distro", distro.optionValue(), "--distro (default " + Distro.DEFAULT.optionValue() + "): Debian "
        + distro.optionValue().replace("debian-", "") + " (" + distro.suite() + ") packages nginx "
        + distro.nginxVersion() + ", PHP " + distro.php() + ", " + distro.redis() + distro.valkey().map(v -> ", " + v)
            .orElse(" (Valkey only in backports)") + ", memcached " + distro.memcachedVersion() + " and "
        + distro.phpredis() + "; paths, units and users are Debian's in both releases");
    if (in.distroPhp()) {
      ex.add("distro.php", in.php().toString(), "--php defaults to the distro's own PHP: " + platform.php().fpmService()
          + " and its extensions come from Debian");
    } else {
      ex.add("distro.php", in.php().toString(), "not " + distro.optionValue() + "'s own PHP (" + distro.php()
          + "): " + platform.php().fpmService() + " and its extensions are not Debian's and must come from elsewhere"
          + " (another repository or your own build); --vendor-packages refuses it");
    }
  }
}
