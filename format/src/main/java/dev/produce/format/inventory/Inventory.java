package dev.produce.format.inventory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An Ansible inventory as {@link InventoryReader} read it: every group (with {@code all} at the root),
 * every host with its own variables, both in file order. Immutable.
 *
 * @param groups the groups by name, {@code all} first
 * @param hostVars every host's own variables (host vars), hosts in the order they first appear
 */
public record Inventory(Map<String, InventoryGroup> groups, Map<String, Map<String, InventoryValue>> hostVars) {
  /** The group every host belongs to. */
  public static final String ALL = "all";

  public Inventory {
    Map<String, Map<String, InventoryValue>> hosts = new LinkedHashMap<>();
    hostVars.forEach((host, vars) -> hosts.put(host, Collections.unmodifiableMap(new LinkedHashMap<>(vars))));
    hostVars = Collections.unmodifiableMap(hosts);
    groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }

  /** The hosts, in the order they first appear in the file. */
  public List<String> hosts() {
    return List.copyOf(hostVars.keySet());
  }

  /** The group called {@code name}, if the inventory has one. */
  public Optional<InventoryGroup> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  /** Every host of {@code group}: its own and its descendants', in inventory order. */
  public List<String> hostsOf(String group) {
    Set<String> members = new LinkedHashSet<>();
    collectHosts(group, members, new LinkedHashSet<>());
    if (group.equals(ALL)) {
      members.addAll(hostVars.keySet());
    }
    List<String> ordered = new ArrayList<>(hosts());
    ordered.retainAll(members);
    return ordered;
  }

  /** The groups {@code host} belongs to, directly or through a child group, {@code all} included. */
  public List<InventoryGroup> groupsOf(String host) {
    List<InventoryGroup> member = new ArrayList<>();
    for (InventoryGroup group : groups.values()) {
      if (group.name().equals(ALL) || contains(group, host, new LinkedHashSet<>())) {
        member.add(group);
      }
    }
    return member;
  }

  private boolean contains(InventoryGroup group, String host, Set<String> visited) {
    if (!visited.add(group.name())) {
      return false;
    }
    if (group.hosts().contains(host)) {
      return true;
    }
    for (String child : group.children()) {
      InventoryGroup g = groups.get(child);
      if (g != null && contains(g, host, visited)) {
        return true;
      }
    }
    return false;
  }

  private void collectHosts(String group, Set<String> members, Set<String> visited) {
    InventoryGroup g = groups.get(group);
    if (g == null || !visited.add(group)) {
      return;
    }
    members.addAll(g.hosts());
    for (String child : g.children()) {
      collectHosts(child, members, visited);
    }
  }
}
