package dev.produce.loadtest.cores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.produce.model.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site's CPUs and the load generator's, and the bundle's --cpus against them. */
class CpuSplitTest {

  @Test
  void twoCpus_givesOneToEach() {
    CpuSplit split = CpuSplit.of(2, CpuSplit.defaultSiteCpus(2));

    assertThat(split.site()).containsExactly(0);
    assertThat(split.loadGenerator()).containsExactly(1);
    assertThat(split.isolated()).isTrue();
    assertThat(CpuSplit.list(split.site())).isEqualTo("0");
  }

  @Test
  void eightCpus_givesHalfByDefault_orWhatWasAsked() {
    assertThat(CpuSplit.list(CpuSplit.of(8, CpuSplit.defaultSiteCpus(8)).site())).isEqualTo("0,1,2,3");
    assertThat(CpuSplit.list(CpuSplit.of(8, 2).loadGenerator())).isEqualTo("2,3,4,5,6,7");
  }

  @Test
  void oneCpu_isSharedAndSaysSo() {
    CpuSplit split = CpuSplit.of(1, CpuSplit.defaultSiteCpus(1));

    assertThat(split.isolated()).isFalse();
    assertThat(split.assignment(false, Optional.of(1)).describe()).contains("not isolated");
  }

  @Test
  void siteCpusLeavingTheLoadGeneratorNothing_isRefused() {
    assertThatThrownBy(() -> CpuSplit.of(2, 2)).isInstanceOf(InvalidInputException.class)
        .hasMessage("--site-cpus: must be between 1 and 1 on this 2-CPU machine (the load generator needs the rest),"
            + " was 2");
  }

  @Test
  void bundleForOtherCpus_isRefusedNamingCpusAndTheSitesCount() {
    assertThatThrownBy(() -> CpuSplit.of(2, 1).checkBundle(Optional.of(2)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("BUNDLE: compiled with --cpus 2, but the site's container gets 1 CPU (0) of this 2-CPU machine:"
            + " compile it with --cpus 1");
    assertThatThrownBy(() -> CpuSplit.of(8, 4).checkBundle(Optional.of(2)))
        .hasMessageEndingWith("compile it with --cpus 4 or give --site-cpus 2");
  }

  @Test
  void bundleForTheSitesCpus_passes_andOneWithoutCpus_warns() {
    assertThat(CpuSplit.of(2, 1).checkBundle(Optional.of(1))).isEmpty();
    assertThat(CpuSplit.of(2, 1).checkBundle(Optional.empty())).get().asString().contains("records no --cpus");
  }

  @Test
  void assignment_recordsTheSplit() {
    assertThat(CpuSplit.of(2, 1).assignment(true, Optional.of(1)).describe())
        .isEqualTo("site on CPU 0, load generator on CPU 1 (pinned with taskset)");
    assertThat(CpuSplit.of(4, 2).assignment(true, Optional.of(2)).loadGenerator()).isEqualTo("2,3");
    assertThat(CpuSplit.of(4, 2).assignment(true, Optional.empty()).isolated()).isTrue();
  }
}
