package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helpers of files.sh, validate.sh and log.sh that run anywhere. */
class LibraryHelpersTest {
  /** Debian 12's stock /etc/memcached.conf, comments trimmed. */
  private static final String DEBIAN_MEMCACHED_CONF = "# memcached default config file\n-d\n\n"
      + "logfile /var/log/memcached.log\n# -v\n-m 64\n-p 11211\n-u memcache\n-l 127.0.0.1   # loopback\n"
      + "-P /var/run/memcached/memcached.pid\n--udp-port=0\n-c 1024 \n";

  @TempDir
  Path temp;
  private SourcedLibraries libraries;
  private String user;

  @BeforeEach
  void writeBundle() throws Exception {
    libraries = new SourcedLibraries(WrittenBundle.write(ScriptTestProfiles.memcache().profile(), temp));
    user = Shell.run(temp, "id", "-un").output().strip() + ":" + Shell.run(temp, "id", "-gn").output().strip();
  }

  @Test
  void memcachedOptions_areParsedLikeDebiansStartScript_withoutWhatTheThrowawaySetsItself() throws Exception {
    Path conf = temp.resolve("memcached.conf");
    Files.writeString(conf, DEBIAN_MEMCACHED_CONF);

    Shell result = libraries.run("memcached_throwaway_options '" + conf + "'");

    assertThat(result.exitCode()).isZero();
    assertThat(result.output().lines()).containsExactly("-m", "64", "-u", "memcache", "-c", "1024");
  }

  @Test
  void fileDifference_namesWhatDiffers_andIsEmptyWhenTheFileMatches() throws Exception {
    Path source = temp.resolve("source.conf");
    Path target = temp.resolve("target.conf");
    Files.writeString(source, "a = 1\n");
    String[] owner = user.split(":");
    String call = "file_difference '" + source + "' '" + target + "' '" + owner[0] + "' '" + owner[1] + "' 0640";

    assertThat(libraries.run(call).output()).isEqualTo("missing");
    Files.writeString(target, "a = 2\n");
    assertThat(libraries.run(call).output()).isEqualTo("content differs");
    Files.writeString(target, "a = 1\n");
    Shell.run(temp, "chmod", "0644", target.toString());
    assertThat(libraries.run(call).output()).isEqualTo("mode 0644, bundle says 0640");
    Shell.run(temp, "chmod", "0640", target.toString());
    assertThat(libraries.run(call).output()).isEmpty();
  }

  @Test
  void installAtomically_setsModeAndContent_andLeavesNoTemporaryFile() throws Exception {
    Path source = temp.resolve("source.conf");
    Path dir = Files.createDirectory(temp.resolve("etc"));
    Files.writeString(source, "new\n");
    Files.writeString(dir.resolve("target.conf"), "old\n");
    String[] owner = user.split(":");

    Shell result = libraries.run("install_atomically '" + source + "' '" + dir.resolve("target.conf") + "' '"
        + owner[0] + "' '" + owner[1] + "' 0640");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(Files.readString(dir.resolve("target.conf"))).isEqualTo("new\n");
    assertThat(Shell.run(dir, "stat", "-c", "%a", "target.conf").output().strip()).isEqualTo("640");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("target.conf");
    }
  }

  @Test
  void diff_redactsRedisPasswords() throws Exception {
    Path source = temp.resolve("redis.conf");
    Path target = temp.resolve("old-redis.conf");
    Files.writeString(source, "maxmemory 96mb\n");
    Files.writeString(target, "requirepass hunter2\nmaxmemory 1mb\n");

    Shell result = libraries.run("diff_file '" + source + "' '" + target + "'");

    assertThat(result.output()).contains("-requirepass <redacted>", "+maxmemory 96mb").doesNotContain("hunter2");
  }

  @Test
  void summary_countsInTheSingularAndPlural() throws Exception {
    Shell result = libraries.run("log_summary 0 0; log_summary 1 1; log_summary 7 3");

    assertThat(result.output().lines()).containsExactly("produce: 0 files changed, 0 services reloaded",
        "produce: 1 file changed, 1 service reloaded", "produce: 7 files changed, 3 services reloaded");
  }

  /**
   * With a requirepass, only an authenticated PONG counts: any other answer fails the probe and leaves
   * no answer recorded for the log (it used to record PONG before looking at the reply).
   */
  @Test
  void redisAnswers_withAPassword_failsOnAnythingButPong_andRecordsNoAnswerThen() throws Exception {
    Path config = temp.resolve("redis.conf");
    Files.writeString(config, "requirepass s3cret\n");
    Path bin = Files.createDirectory(temp.resolve("bin"));
    String probe = "redis_config() { printf '%s' '" + config + "'; }; PATH='" + bin + "':$PATH;"
        + " printf '#!/bin/sh\\necho \"$REPLY_TEXT\"\\n' >\"" + bin + "/$BUNDLE_REDIS_CLI\";"
        + " chmod +x \"" + bin + "/$BUNDLE_REDIS_CLI\"; export REPLY_TEXT;"
        + " status=0; redis_answers -h 127.0.0.1 || status=$?; printf '%s|%s|%s' \"$status\" \"$REDIS_ANSWER\" \"$REDIS_NOTE\"";

    Shell refused = libraries.run("REPLY_TEXT='NOAUTH Authentication required.'; " + probe);
    Shell answered = libraries.run("REPLY_TEXT=PONG; " + probe);

    assertThat(refused.output()).as(refused.output()).isEqualTo("1||");
    assertThat(answered.output()).as(answered.output())
        .isEqualTo("0|PONG|, authenticated with the requirepass of " + config);
  }
}
