package dev.produce.loadtest.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** profile.json's drupal.host and drupal.port as a TCP address or a unix socket. */
class CacheEndpointTest {

  @Test
  void of_absolutePathAndPortZero_isAUnixSocket() {
    assertThat(CacheEndpoint.of("/run/memcached/memcached.sock", 0))
        .isEqualTo(new CacheEndpoint.UnixSocket("/run/memcached/memcached.sock"));
  }

  @Test
  void of_addressAndPort_isTcp() {
    assertThat(CacheEndpoint.of("127.0.0.1", 6379)).isEqualTo(new CacheEndpoint.Tcp("127.0.0.1", 6379));
    assertThat(CacheEndpoint.of("127.0.0.1", 11211)).isEqualTo(new CacheEndpoint.Tcp("127.0.0.1", 11211));
    assertThat(CacheEndpoint.of("::1", 6379)).isEqualTo(new CacheEndpoint.Tcp("::1", 6379));
  }

  @Test
  void of_socketPathWithAPort_isRefused() {
    assertThatThrownBy(() -> CacheEndpoint.of("/run/memcached/memcached.sock", 11211))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a unix socket (/run/memcached/memcached.sock) has port 0, not 11211");
  }

  @Test
  void of_portZeroWithoutAPath_isRefused() {
    assertThatThrownBy(() -> CacheEndpoint.of("127.0.0.1", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a TCP port is 1 to 65535, not 0 (port 0 needs a unix socket's path as host)");
  }

  @Test
  void hostOrPathThatIsNotPlain_isRefused_forItEndsUpInARootShell() {
    assertThatThrownBy(() -> CacheEndpoint.of("127.0.0.1; rm -rf /", 6379)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CacheEndpoint.of("-h", 6379)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CacheEndpoint.of("/run/memcached/$(id).sock", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CacheEndpoint.UnixSocket("run/memcached.sock")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CacheEndpoint.UnixSocket("/run/memcached/")).isInstanceOf(IllegalArgumentException.class);
  }
}
