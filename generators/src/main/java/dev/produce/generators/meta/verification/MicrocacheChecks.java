package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.prints;

import dev.produce.format.verification.Item;
import dev.produce.format.verification.Section;
import dev.produce.model.ManagedDirectory;
import dev.produce.model.NginxMicrocache;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code microcache} section ({@code --microcache} only): proves through the site itself, over
 * loopback, that nginx serves a cacheable anonymous page from its FastCGI cache and that nothing
 * personal is ever served from it: session cookies, Authorization, POST, Drupal's account and admin
 * paths, and responses that set a cookie always reach PHP. Each probe uses a URL of its own
 * ({@code ?produce-verify=<pid>-<random>}), so no earlier request decides the outcome.
 */
final class MicrocacheChecks {
  /** Longest window whose expiry the generated checks wait for; a longer one is checked by a person. */
  static final int MAX_AWAITED_SECONDS = 30;

  private MicrocacheChecks() {}

  /** The section for {@code microcache}, whose cache directory apply creates as {@code directory}. */
  static Section section(NginxMicrocache microcache, ManagedDirectory directory) {
    List<Item> items = new ArrayList<>();
    String ownerAndMode = directory.owner() + ":" + directory.group() + " "
        + Integer.toOctalString(Integer.parseInt(directory.mode(), 8));
    items.add(Item.thorough("nginx's microcache directory " + directory.path()
        + " belongs to nginx's workers (" + directory.owner() + ") and nobody else can read it", List.of(
            prints("stat -c '%U:%G %a' " + ShellWords.quote(directory.path()), ShellWords.exactLine(ownerAndMode)))));
    items.add(Item.thorough("a second anonymous GET of a page Drupal's page cache marks cacheable is"
        + " answered by nginx from the microcache (X-Micro-Cache: HIT)",
        List.of(ProbeCommand.of("probe_microcache_hit").retried("10s", "1s"))));
    items.add(Item.thorough("a request with a Drupal session cookie (SESS…, SSESS…) is never served"
        + " from the microcache, even for a cached page",
        List.of(ProbeCommand.of("probe_microcache_bypasses_session_cookies"))));
    items.add(Item.thorough("a request with an Authorization header is never served from the microcache",
        List.of(ProbeCommand.of("probe_microcache_bypasses_authorization"))));
    items.add(Item.thorough("a POST never uses the microcache", List.of(ProbeCommand.of("probe_microcache_ignores_post"))));
    items.add(Item.thorough("Drupal's account, admin, batch, cron, update, install and ajax paths are"
        + " never served from the microcache, however the request spells them (/%75ser/login, //user/login: BYPASS;"
        + " nothing when nginx answers a missing .php itself)", List.of(ProbeCommand.of("probe_microcache_bypasses_paths",
            microcache.bypass().probes().stream().map(ShellWords::quote).toArray(String[]::new)))));
    items.add(Item.thorough("a response that sets a cookie is never stored (Drupal's BigPipe no-JS"
        + " route sets one)", List.of(ProbeCommand.of("probe_microcache_never_stores_set_cookie"))));
    if (microcache.validSeconds() <= MAX_AWAITED_SECONDS) {
      int wait = microcache.validSeconds() + 1;
      items.add(Item.thorough("after " + microcache.validSeconds() + " s a cached page is fetched from"
          + " Drupal again, so a change shows within " + microcache.validSeconds() + " s",
          List.of(ProbeCommand.of("probe_microcache_expires", Integer.toString(wait)).timeout((wait + 30) + "s"))));
    } else {
      items.add(Item.manual("after " + microcache.validSeconds() + " s a changed page is served to"
          + " anonymous visitors: edit a page, request it anonymously after that time and see the change"));
    }
    return new Section("microcache", items);
  }
}
