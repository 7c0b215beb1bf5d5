package dev.produce.format.inventory;

import java.util.List;
import java.util.Map;

/**
 * A group of the inventory, all its definitions merged (a group may appear under several parents).
 *
 * @param name the group's name
 * @param vars the group's own {@code vars}, in file order (a later definition of a name wins)
 * @param children the names of its child groups, in file order
 * @param hosts the names of the hosts listed directly under it, in file order
 * @param depth the longest path from {@code all} (0 for {@code all}, 1 for a top-level group), as
 *     Ansible's {@code Group.depth}
 * @param priority {@code ansible_group_priority} (default 1), Ansible's tie-breaker among same-depth groups
 */
public record InventoryGroup(
    String name, Map<String, InventoryValue> vars, List<String> children, List<String> hosts, int depth, int priority) {
  public InventoryGroup {
    vars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vars));
    children = List.copyOf(children);
    hosts = List.copyOf(hosts);
  }
}
