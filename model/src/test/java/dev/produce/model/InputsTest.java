package dev.produce.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation: every refusal names the option and what is accepted. */
class InputsTest {

  @ParameterizedTest
  @CsvSource({
      "4096, 4096", "4096M, 4096", "4096mb, 4096", "4G, 4096", "4gb, 4096", "4GiB, 4096", "1T, 1048576", " 512 , 512"})
  void memorySize_acceptsMegabytesAndSuffixes(String text, long expected) {
    assertThat(MemorySize.parseMegabytes("--memory", text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "abc", "4.5G", "4K", "4 096", "0x100", "99999999999"})
  void memorySize_refusesOtherForms(String text) {
    assertThatThrownBy(() -> MemorySize.parseMegabytes("--memory", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--memory: must be a whole number of megabytes");
  }

  @Test
  void memory_outsideTheRange_namesTheRange() {
    assertThatThrownBy(() -> Inputs.builder().memoryMb(256).build())
        .hasMessage("--memory: must be between 512 and 1048576 MB (512M … 1T), was 256");
    assertThatThrownBy(() -> Inputs.builder().memoryMb(2L * 1024 * 1024).build())
        .hasMessageStartingWith("--memory: must be between 512 and 1048576");
    assertThatThrownBy(() -> Inputs.builder().memoryMb(Long.MAX_VALUE).build())
        .hasMessageStartingWith("--memory: must be between 512 and 1048576");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 257, 100000})
  void cpus_outsideTheRange_areRefused(int cpus) {
    assertThatThrownBy(() -> Inputs.builder().cpus(cpus).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--cpus: must be between 1 and 256, was " + cpus);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 15, 2049})
  void fpmProcessMb_outsideTheRange_isRefused(int mb) {
    assertThatThrownBy(() -> Inputs.builder().fpmProcessMb(mb).build())
        .hasMessage("--fpm-process-mb: must be between 16 and 2048 MB, was " + mb);
  }

  @Test
  void fpmProcessMb_tooLargeForTheMemory_namesTheLimit() {
    Inputs in = Inputs.builder().memoryMb(512).fpmProcessMb(512).build();
    assertThatThrownBy(() -> Profiles.compute(in))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--fpm-process-mb: must be at most 179 MB with --memory 512");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7.4", "8", "8.2.1", "abc", "", "9.0"})
  void php_unsupportedVersions_listTheAcceptedOnes(String text) {
    assertThatThrownBy(() -> PhpVersion.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--php: must be one of 8.1|8.2|8.3|8.4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"redis-cluster", "", "apcu"})
  void cache_unknownBackends_listTheAcceptedOnes(String text) {
    assertThatThrownBy(() -> CacheBackend.parse(text))
        .hasMessageStartingWith("--cache: must be one of redis|valkey|memcache|none");
  }

  @Test
  void cache_acceptsMemcachedAsAnAlias() {
    assertThat(CacheBackend.parse("Memcached")).isEqualTo(CacheBackend.MEMCACHE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"var/www", "/var/../etc", "/", "/var/www drupal", "/var/www;rm", "/var/$HOME", "//"})
  void siteRoot_mustBeASafeAbsolutePath(String root) {
    assertThatThrownBy(() -> Inputs.builder().siteRoot(root).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--site-root: must ");
  }

  @Test
  void siteRoot_overLong_statesTheLimit_andQuotesOnlyAnExcerpt() {
    String root = "/" + "a".repeat(4999);

    assertThatThrownBy(() -> Inputs.builder().siteRoot(root).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--site-root: must be at most 200 characters, was 5000 characters ('/aaa")
        .hasMessageEndingWith("… (5000 characters)')")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void siteRoot_ofExactly200Characters_isAccepted() {
    String root = "/" + "a".repeat(199);

    assertThat(Inputs.builder().siteRoot(root).build().siteRoot()).isEqualTo(root);
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "8.2.1", "x"})
  void valuesQuotedInMessages_areExcerpts(String shortValue) {
    String value = shortValue + "z".repeat(5000);

    assertThatThrownBy(() -> PhpVersion.parse(value)).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(() -> CacheBackend.parse(value)).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    assertThatThrownBy(() -> MemorySize.parseMegabytes("--memory", value))
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
  }

  @Test
  void flags_thatContradictEachOther_areRefused() {
    assertThatThrownBy(() -> Inputs.builder().performanceOnly(true).noPerformance(true).build())
        .hasMessageStartingWith("--performance-only: cannot be combined with --no-performance");
    assertThatThrownBy(() -> Inputs.builder().performanceOnly(true).cache(CacheBackend.REDIS).build())
        .hasMessageStartingWith("--performance-only: installs no cache backend");
    assertThatThrownBy(() -> Inputs.builder().noPerformance(true).cache(CacheBackend.NONE).build())
        .hasMessageStartingWith("--no-performance: with --cache none leaves nothing to do");
    assertThatThrownBy(() -> Inputs.builder().noPerformance(true).microcacheSeconds(5).build())
        .hasMessageStartingWith("--microcache: is part of nginx's tuning, so it cannot be combined with --no-performance");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 601, Integer.MAX_VALUE})
  void microcache_outsideTheRange_namesTheRange(int seconds) {
    assertThatThrownBy(() -> Inputs.builder().microcacheSeconds(seconds).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--microcache: must be between 0 and 600 seconds (0 = off), was " + seconds);
  }

  @Test
  void microcache_zeroIsOffAndLeavesTheCommandAsBefore() {
    Inputs off = Inputs.builder().microcacheSeconds(0).build();
    assertThat(off.microcache()).isFalse();
    assertThat(off.toCommandLine()).isEqualTo(Inputs.builder().build().toCommandLine()).doesNotContain("microcache");
    assertThat(Inputs.builder().performanceOnly(true).microcacheSeconds(600).build().toCommandLine())
        .endsWith("--performance-only --microcache 600");
  }

  @Test
  void performanceOnly_withoutAnExplicitCache_meansNoCache() {
    Inputs in = Inputs.builder().performanceOnly(true).build();
    assertThat(in.cache()).isEqualTo(CacheBackend.NONE);
    assertThat(in.scope()).isEqualTo(Scope.PERFORMANCE_ONLY);
    assertThat(Inputs.builder().performanceOnly(true).cache(CacheBackend.NONE).build()).isEqualTo(in);
  }
}
