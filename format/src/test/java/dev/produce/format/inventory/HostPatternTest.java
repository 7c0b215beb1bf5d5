package dev.produce.format.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --limit}: names, groups, globs, {@code !} and {@code &}, with Ansible's order of operations. */
class HostPatternTest {
  private static final Inventory FLEET = InventoryReader.read("""
      all:
        children:
          web:
            hosts: {web-01: , web-02: , web-03: }
            children:
              canary:
                hosts: {web-04: }
          db:
            hosts: {db-01: , web-02: }
          eu:
            hosts: {web-01: , db-01: }
      """, "fleet.yml");

  @Test
  void select_aGroup_includesItsChildGroups_inInventoryOrder() {
    assertThat(HostPattern.select(FLEET, "web")).containsExactly("web-01", "web-02", "web-03", "web-04");
  }

  @Test
  void select_colonOrCommaSeparatedTerms_areUnited() {
    assertThat(HostPattern.select(FLEET, "db:web-03")).containsExactly("web-02", "web-03", "db-01");
    assertThat(HostPattern.select(FLEET, "web-03,db")).containsExactly("web-02", "web-03", "db-01");
  }

  @Test
  void select_exclusionAndIntersection_applyAfterTheUnion_whateverTheirPlace() {
    assertThat(HostPattern.select(FLEET, "!web-02:web")).containsExactly("web-01", "web-03", "web-04");
    assertThat(HostPattern.select(FLEET, "web:&eu")).containsExactly("web-01");
    assertThat(HostPattern.select(FLEET, "all:!canary:&web")).containsExactly("web-01", "web-02", "web-03");
  }

  @Test
  void select_onlyAnExclusion_startsFromAll() {
    assertThat(HostPattern.select(FLEET, "!web")).containsExactly("db-01");
  }

  @Test
  void select_globs_matchHostAndGroupNames() {
    assertThat(HostPattern.select(FLEET, "web-0?")).containsExactly("web-01", "web-02", "web-03", "web-04");
    assertThat(HostPattern.select(FLEET, "d*")).as("group db").containsExactly("web-02", "db-01");
    assertThat(HostPattern.select(FLEET, "*")).hasSize(5);
  }

  @Test
  void select_aTermMatchingNothing_isRefused() {
    assertThatThrownBy(() -> HostPattern.select(FLEET, "web:dbb"))
        .isInstanceOf(InvalidInventoryException.class)
        .hasMessage("--limit: 'dbb' matches no host or group of the inventory");
  }

  @Test
  void select_nothingLeft_isRefused() {
    assertThatThrownBy(() -> HostPattern.select(FLEET, "db:!db"))
        .hasMessage("--limit: 'db:!db' leaves no host to compile");
  }

  @Test
  void select_regexesAndSubscripts_areRefusedAsUnsupported() {
    assertThatThrownBy(() -> HostPattern.select(FLEET, "~web.*")).hasMessageContaining("is not supported");
    assertThatThrownBy(() -> HostPattern.select(FLEET, "web[0:1]")).hasMessageContaining("is not supported");
  }
}
