package dev.produce.format.inventory;

import dev.produce.model.Excerpt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subset of Ansible's host patterns ({@code --limit}) that {@code produce-compile --inventory} takes.
 * Terms are separated by {@code ,} (or, when there is none, by {@code :}); a term is a host name, a
 * group name (all its hosts, child groups included), {@code all}, or a shell glob with {@code *} and
 * {@code ?} matched against group and host names. {@code !term} removes hosts, {@code &term} keeps only
 * hosts also in term. As in Ansible's {@code InventoryManager}, the plain terms are united first, then
 * intersected, then removed; with no plain term the start is {@code all}. The selection keeps inventory
 * order. Stricter than Ansible, which only warns: a term that matches nothing, or a selection left
 * empty, is refused. Not supported (refused): regular expressions ({@code ~…}), subscripts
 * ({@code group[0:9]}), {@code @file}.
 */
public final class HostPattern {
  /** The option that takes a pattern, named in errors. */
  public static final String OPTION = "--limit";

  private HostPattern() {}

  /** The hosts of {@code inventory} that {@code pattern} selects, in inventory order. */
  public static List<String> select(Inventory inventory, String pattern) {
    String text = pattern == null ? "" : pattern.strip();
    String[] terms = text.contains(",") ? text.split(",") : text.split(":");
    Set<String> union = new LinkedHashSet<>();
    List<Set<String>> intersections = new ArrayList<>();
    List<Set<String>> exclusions = new ArrayList<>();
    boolean plain = false;
    for (String raw : terms) {
      String term = raw.strip();
      if (term.isEmpty()) {
        continue;
      }
      if (term.startsWith("!")) {
        exclusions.add(match(inventory, term.substring(1)));
      } else if (term.startsWith("&")) {
        intersections.add(match(inventory, term.substring(1)));
      } else {
        plain = true;
        union.addAll(match(inventory, term));
      }
    }
    if (!plain && intersections.isEmpty() && exclusions.isEmpty()) {
      throw new InvalidInventoryException(OPTION + ": needs a host or group name, was '" + Excerpt.of(text) + "'");
    }
    Set<String> selected = plain ? union : new LinkedHashSet<>(inventory.hosts());
    intersections.forEach(selected::retainAll);
    exclusions.forEach(selected::removeAll);
    if (selected.isEmpty()) {
      throw new InvalidInventoryException(OPTION + ": '" + Excerpt.of(text) + "' leaves no host to compile");
    }
    List<String> ordered = new ArrayList<>(inventory.hosts());
    ordered.retainAll(selected);
    return ordered;
  }

  private static Set<String> match(Inventory inventory, String term) {
    if (term.isEmpty() || term.startsWith("~") || term.startsWith("@") || term.contains("[")) {
      throw new InvalidInventoryException(OPTION + ": '" + Excerpt.of(term) + "' is not supported; use host or group"
          + " names, * and ? globs, and ! or & before a term");
    }
    Set<String> hosts = new LinkedHashSet<>();
    boolean glob = term.contains("*") || term.contains("?");
    Pattern regex = glob ? globRegex(term) : null;
    boolean groupMatched = false;
    for (String group : inventory.groups().keySet()) {
      if (glob ? regex.matcher(group).matches() : group.equals(term)) {
        groupMatched = true;
        hosts.addAll(inventory.hostsOf(group));
      }
    }
    if (glob || !groupMatched) {
      for (String host : inventory.hosts()) {
        if (glob ? regex.matcher(host).matches() : host.equals(term)) {
          hosts.add(host);
        }
      }
    }
    if (hosts.isEmpty()) {
      throw new InvalidInventoryException(OPTION + ": '" + Excerpt.of(term) + "' matches no host or group of the"
          + " inventory");
    }
    return hosts;
  }

  private static Pattern globRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }
}
