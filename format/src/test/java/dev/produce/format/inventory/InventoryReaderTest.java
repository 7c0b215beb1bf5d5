package dev.produce.format.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading Ansible's YAML inventory: groups, children, hosts and vars; what is refused. */
class InventoryReaderTest {
  private static final String FLEET = """
      all:
        vars:
          produce_cache: redis
        hosts:
          lone:
        children:
          web:
            vars:
              produce_cpus: 4
            hosts:
              web-01:
              web-02:
                produce_memory: 8G
            children:
              web_big:
                hosts:
                  web-03:
      db:
        hosts:
          db-01: {produce_memory: 16384}
      """;

  @Test
  void read_groupsChildrenHostsAndVars_inFileOrder() {
    Inventory inventory = InventoryReader.read(FLEET, "fleet.yml");

    assertThat(inventory.hosts()).containsExactly("lone", "web-01", "web-02", "web-03", "db-01");
    assertThat(inventory.groups().keySet()).containsExactly("all", "web", "web_big", "db");
    assertThat(inventory.group("all").orElseThrow().children()).containsExactly("web", "db");
    assertThat(inventory.hostsOf("web")).containsExactly("web-01", "web-02", "web-03");
    assertThat(inventory.hostVars().get("web-02").get("produce_memory").text()).contains("8G");
    assertThat(inventory.hostVars().get("db-01").get("produce_memory"))
        .isEqualTo(new InventoryValue(Optional.of("16384"), "number"));
    assertThat(inventory.group("web").orElseThrow().vars().get("produce_cpus").text()).contains("4");
  }

  @Test
  void read_depths_areTheLongestPathFromAll() {
    Inventory inventory = InventoryReader.read(FLEET, "fleet.yml");

    assertThat(inventory.group("all").orElseThrow().depth()).isZero();
    assertThat(inventory.group("db").orElseThrow().depth()).as("a top-level group is a child of all").isEqualTo(1);
    assertThat(inventory.group("web_big").orElseThrow().depth()).isEqualTo(2);
  }

  @Test
  void read_aGroupUnderTwoParents_isOneGroupWithBothDefinitionsMerged() {
    Inventory inventory = InventoryReader.read("""
        prod:
          children:
            web: {hosts: {web-01: }}
        eu:
          children:
            web: {hosts: {web-02: }, vars: {produce_cpus: 8}}
        """, "x.yml");

    assertThat(inventory.hostsOf("web")).containsExactly("web-01", "web-02");
    assertThat(inventory.hostsOf("eu")).containsExactly("web-01", "web-02");
    assertThat(inventory.group("web").orElseThrow().vars()).containsKey("produce_cpus");
  }

  @Test
  void read_anUnknownGroupKey_isRefusedNamingTheGroup() {
    assertThatThrownBy(() -> InventoryReader.read("all:\n  host:\n    web-01:\n", "x.yml"))
        .isInstanceOf(InvalidInventoryException.class)
        .hasMessage("group all: unknown key 'host'; a group holds only hosts, children and vars");
  }

  @Test
  void read_aDuplicateKey_isRefused() {
    assertThatThrownBy(() -> InventoryReader.read("all:\n  hosts:\n    a:\n    a:\n", "x.yml"))
        .isInstanceOf(InvalidInventoryException.class)
        .hasMessageStartingWith("x.yml: not valid YAML: Duplicate field 'a'");
  }

  @Test
  void read_aHostRange_isRefused() {
    assertThatThrownBy(() -> InventoryReader.read("all:\n  hosts:\n    web-[01:09]:\n", "x.yml"))
        .hasMessageContaining("host ranges like web-[01:50] are not supported");
  }

  @Test
  void read_aCycleOfGroups_isRefused() {
    assertThatThrownBy(() -> InventoryReader.read("""
        a:
          hosts: {h: }
          children:
            b:
              children:
                a:
        """, "x.yml"))
        .isInstanceOf(InvalidInventoryException.class)
        .hasMessage("group a: is its own descendant (all → a → b → a)");
  }

  @Test
  void read_hostsAsAList_isRefused() {
    assertThatThrownBy(() -> InventoryReader.read("all:\n  hosts:\n    - web-01\n", "x.yml"))
        .hasMessage("group all: hosts must be a mapping, was a list");
  }

  @Test
  void read_noHost_isRefused() {
    assertThatThrownBy(() -> InventoryReader.read("all:\n  vars: {a: 1}\n", "x.yml"))
        .hasMessage("x.yml: lists no host");
  }
}
