package dev.produce.format.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ansible's inventory precedence: all < parent group < child group < host; among groups of the same
 * depth, ansible_group_priority, then the name that sorts last wins.
 */
class VariablePrecedenceTest {
  private static final Inventory FLEET = InventoryReader.read("""
      all:
        vars: {v: all, only_all: all}
        children:
          web:
            vars: {v: web, w: web}
            hosts:
              web-01:
              web-02: {v: host}
            children:
              web_big:
                vars: {v: web_big}
                hosts: {web-03: }
          zeta:
            vars: {v: zeta, z: zeta}
            hosts: {web-01: , web-04: }
          alpha:
            vars: {v: alpha, z: alpha}
            hosts: {web-04: }
          heavy:
            vars: {v: heavy, ansible_group_priority: 10}
            hosts: {web-05: }
          light:
            vars: {v: light}
            hosts: {web-05: }
      """, "fleet.yml");

  @Test
  void of_theHostsOwnValue_winsOverEveryGroup() {
    assertThat(value("web-02", "v")).isEqualTo("host");
    assertThat(VariablePrecedence.of(FLEET, "web-02").get("v").setIn()).isEqualTo("host web-02");
  }

  @Test
  void of_aChildGroup_winsOverItsParent_andTheParentOverAll() {
    assertThat(value("web-03", "v")).isEqualTo("web_big");
    assertThat(value("web-03", "w")).isEqualTo("web");
    assertThat(value("web-03", "only_all")).isEqualTo("all");
    assertThat(VariablePrecedence.of(FLEET, "web-03").get("w").setIn()).isEqualTo("group web");
  }

  @Test
  void of_sameDepthGroups_theNameSortingLastWins() {
    assertThat(value("web-01", "v")).as("web < zeta").isEqualTo("zeta");
    assertThat(value("web-04", "z")).as("alpha < zeta, whatever the file order").isEqualTo("zeta");
  }

  @Test
  void of_ansibleGroupPriority_winsOverTheName() {
    assertThat(value("web-05", "v")).as("heavy (priority 10) over light (1)").isEqualTo("heavy");
  }

  @Test
  void of_aHostNotInTheInventory_isAnError() {
    assertThatThrownBy(() -> VariablePrecedence.of(FLEET, "nobody")).isInstanceOf(IllegalArgumentException.class);
  }

  private static String value(String host, String name) {
    Map<String, HostVariable> vars = VariablePrecedence.of(FLEET, host);
    return vars.get(name).value().text().orElseThrow();
  }
}
