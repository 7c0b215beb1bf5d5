package dev.produce.generators.meta.verification;

import static dev.produce.format.verification.CommandSpec.prints;
import static dev.produce.format.verification.CommandSpec.succeeds;

import dev.produce.format.verification.CommandSpec;
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

  /** Shell functions every probe starts with: {@code mc URL [curl args]} prints the X-Micro-Cache value. */
  private static final String PRELUDE = String.join("; ",
      "o=http://127.0.0.1",
      "u=\"/?produce-verify=$$-$RANDOM\"",
      "hd() { p=$1; shift; curl -sS -o /dev/null -D - \"$@\" \"$o$p\" | tr -d '\\r'; }",
      "mc() { hd \"$@\" | sed -n 's/^x-micro-cache: *//Ip'; }",
      "dc() { hd \"$@\" | sed -n 's/^x-drupal-cache: *//Ip'; }",
      "no() { echo \"$*\" >&2; exit 1; }");

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
        + " answered by nginx from the microcache (X-Micro-Cache: HIT)", List.of(probe(
            "d=$(dc \"$u\"); echo \"X-Drupal-Cache: ${d:-none}\"",
            "case $d in HIT|MISS) ;; *) no \"Drupal's page cache does not mark $u cacheable (X-Drupal-Cache: ${d:-none}):"
                + " the microcache stores nothing on this site; enable the page_cache module\";; esac",
            "m=$(mc \"$u\"); echo \"second GET: X-Micro-Cache: $m\"; [ \"$m\" = HIT ] || no \"expected HIT, got '$m'\"")
            .retried("10s", "1s"))));
    items.add(Item.thorough("a request with a Drupal session cookie (SESS…, SSESS…) is never served"
        + " from the microcache, even for a cached page", List.of(probe(
            "mc \"$u\" >/dev/null; mc \"$u\" >/dev/null",
            "for c in 'SESSproduceverify=1' 'SSESSproduceverify=1' '_ga=1; SESSproduceverify=1'; do"
                + " m=$(mc \"$u\" -H \"Cookie: $c\"); echo \"Cookie: $c -> X-Micro-Cache: $m\";"
                + " [ \"$m\" = BYPASS ] || no \"expected BYPASS with Cookie: $c, got '$m'\"; done"))));
    items.add(Item.thorough("a request with an Authorization header is never served from the microcache",
        List.of(probe(
            "mc \"$u\" >/dev/null; mc \"$u\" >/dev/null",
            "m=$(mc \"$u\" -H 'Authorization: Basic cHJvZHVjZTp2ZXJpZnk='); echo \"X-Micro-Cache: $m\"",
            "[ \"$m\" = BYPASS ] || no \"expected BYPASS, got '$m'\""))));
    items.add(Item.thorough("a POST never uses the microcache", List.of(probe(
        "mc \"$u\" >/dev/null; mc \"$u\" >/dev/null",
        "m=$(mc \"$u\" -X POST -d produce=verify); echo \"POST: X-Micro-Cache: ${m:-none}\"",
        "case $m in ''|BYPASS) ;; *) no \"expected no cache use, got '$m'\";; esac"))));
    items.add(Item.thorough("Drupal's account, admin, batch, cron, update, install and ajax paths are"
        + " never served from the microcache, however the request spells them (/%75ser/login, //user/login: BYPASS;"
        + " nothing when nginx answers a missing .php itself)", List.of(probe(
            "for p in " + String.join(" ", microcache.bypass().probes().stream().map(ShellWords::quote).toList())
                + "; do"
                + " mc \"$p\" >/dev/null; m=$(mc \"$p\"); echo \"$p -> X-Micro-Cache: $m\";"
                + " case $m in BYPASS|'') ;; *) no \"expected BYPASS for $p, got '$m'\";; esac; done"))));
    items.add(Item.thorough("a response that sets a cookie is never stored (Drupal's BigPipe no-JS"
        + " route sets one)", List.of(probe(
            "p=\"/big_pipe/no-js?destination=/&produce-verify=$$-$RANDOM\"",
            "c=$(hd \"$p\" | grep -ci '^set-cookie:')",
            "[ \"$c\" -gt 0 ] || { echo \"$p sets no cookie on this site (no BigPipe): nothing to prove\"; exit 0; }",
            "m=$(mc \"$p\"); echo \"second GET: X-Micro-Cache: $m\"; [ \"$m\" != HIT ] || no 'a response with Set-Cookie"
                + " was served from the microcache'"))));
    if (microcache.validSeconds() <= MAX_AWAITED_SECONDS) {
      int wait = microcache.validSeconds() + 1;
      items.add(Item.thorough("after " + microcache.validSeconds() + " s a cached page is fetched from"
          + " Drupal again, so a change shows within " + microcache.validSeconds() + " s", List.of(probe(
              "mc \"$u\" >/dev/null; m=$(mc \"$u\"); [ \"$m\" = HIT ] || no \"not cached to begin with: '$m'\"",
              "sleep " + wait,
              "m=$(mc \"$u\"); echo \"after " + wait + " s: X-Micro-Cache: $m\"",
              "case $m in EXPIRED|MISS) ;; *) no \"expected EXPIRED, got '$m'\";; esac")
              .timeout((wait + 30) + "s"))));
    } else {
      items.add(Item.manual("after " + microcache.validSeconds() + " s a changed page is served to"
          + " anonymous visitors: edit a page, request it anonymously after that time and see the change"));
    }
    return new Section("microcache", items);
  }

  private static CommandSpec probe(String... lines) {
    List<String> script = new ArrayList<>();
    script.add(PRELUDE);
    script.addAll(List.of(lines));
    return succeeds(String.join("; ", script));
  }
}
