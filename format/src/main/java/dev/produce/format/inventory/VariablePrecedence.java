package dev.produce.format.inventory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host's variables as Ansible sees them, from the inventory alone. Ansible's
 * {@code VariableManager.get_vars} applies the inventory's group variables from {@code all} up, the
 * groups sorted by {@code inventory.helpers.sort_groups}: by depth (a child group is deeper than its
 * parent, so it wins), then {@code ansible_group_priority} (higher wins), then name (among groups of the
 * same depth and priority the one whose name sorts last wins: Ansible merges them "in alphabetical
 * order"); the host's own variables last, over every group. Each variable is replaced whole
 * (Ansible's default {@code hash_behaviour=replace}).
 */
public final class VariablePrecedence {
  /** Ansible's {@code sort_groups}: lowest precedence first. */
  public static final Comparator<InventoryGroup> ORDER = Comparator.comparingInt(InventoryGroup::depth)
      .thenComparingInt(InventoryGroup::priority)
      .thenComparing(InventoryGroup::name);

  private VariablePrecedence() {}

  /** Every variable of {@code host}, each with the group or host that set the winning value. */
  public static Map<String, HostVariable> of(Inventory inventory, String host) {
    Map<String, InventoryValue> own = inventory.hostVars().get(host);
    if (own == null) {
      throw new IllegalArgumentException("no host " + host + " in the inventory");
    }
    List<InventoryGroup> groups = inventory.groupsOf(host).stream().sorted(ORDER).toList();
    Map<String, HostVariable> merged = new LinkedHashMap<>();
    for (InventoryGroup group : groups) {
      group.vars().forEach((name, value) -> merged.put(name, new HostVariable(value, "group " + group.name())));
    }
    own.forEach((name, value) -> merged.put(name, new HostVariable(value, "host " + host)));
    return merged;
  }
}
