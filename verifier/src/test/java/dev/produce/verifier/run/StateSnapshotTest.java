package dev.produce.verifier.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateSnapshotTest {

  private static final StateSnapshot BEFORE = StateSnapshot.parse("""
      path /etc/a.conf sha256=aaa mode=644 owner=root:root
      path /etc/b.conf absent
      service redis pid=42
      """);

  @Test
  void parse_keepsLinesInOrder_andCounts() {
    assertThat(BEFORE.lines()).hasSize(3);
    assertThat(BEFORE.pathCount()).isEqualTo(2);
    assertThat(BEFORE.serviceCount()).isEqualTo(1);
  }

  @Test
  void diff_ofTheSameState_isEmpty() {
    assertThat(BEFORE.diff(StateSnapshot.parse(String.join("\n", BEFORE.lines())))).isEmpty();
  }

  @Test
  void diff_showsChangedPathsAndServicesAsPairs() {
    StateSnapshot after = StateSnapshot.parse("""
        path /etc/a.conf sha256=aaa mode=600 owner=root:root
        path /etc/b.conf absent
        service redis pid=43
        """);

    assertThat(BEFORE.diff(after)).containsExactly(
        "- path /etc/a.conf sha256=aaa mode=644 owner=root:root",
        "+ path /etc/a.conf sha256=aaa mode=600 owner=root:root",
        "- service redis pid=42",
        "+ service redis pid=43");
  }

  @Test
  void diff_showsVanishedAndNewEntries() {
    StateSnapshot after = StateSnapshot.parse("""
        path /etc/a.conf sha256=aaa mode=644 owner=root:root
        path /etc/b.conf absent
        path /etc/c.conf sha256=ccc mode=644 owner=root:root
        """);

    assertThat(BEFORE.diff(after)).containsExactly(
        "- service redis pid=42",
        "+ path /etc/c.conf sha256=ccc mode=644 owner=root:root");
  }
}
