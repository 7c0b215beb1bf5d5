package dev.produce.generators.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * services.sh never counts a zombie as running. A zombie is made here the way a container without
 * an init makes one: its parent (a {@code sleep}) never reaps it. The processes carry a name of
 * their own ({@code zombietest}, a copy of sleep), so no other process on the host is matched.
 */
class ZombieProcessTest {
  /** Starts {@code zombietest SECONDS} as the child of a sleep that never reaps it; its pid goes to child.pid. */
  private static final String UNREAPED_CHILD = "bash -c '\"$PWD/zombietest\" \"$1\" & echo $! >child.pid;"
      + " exec sleep 600' _ %s & parent=$!; until [ -s child.pid ]; do sleep 0.05; done; child=$(cat child.pid)\n";
  private static final String STATE = "$(ps -o stat= -p \"$child\" | cut -c1)";
  /** Waits up to 20 s for the child to be a zombie (it is one until its parent, a sleep, is killed). */
  private static final String AWAIT_ZOMBIE = "for i in $(seq 400); do [ \"" + STATE + "\" = Z ] && break; sleep 0.05;"
      + " done\n";

  @TempDir
  Path temp;
  private SourcedLibraries libraries;
  private Path bundle;

  @BeforeEach
  void writeBundle() throws Exception {
    bundle = WrittenBundle.write(ScriptTestProfiles.redis().profile(), temp);
    libraries = new SourcedLibraries(bundle);
    Files.copy(Path.of("/bin/sleep"), bundle.resolve("zombietest"));
  }

  @Test
  void pidAlive_isFalseForAZombie_thoughKillZeroSucceeds() throws Exception {
    Shell result = libraries.run(UNREAPED_CHILD.formatted("0") + AWAIT_ZOMBIE
        + "kill -0 \"$child\" && echo kill-0-succeeds\n"
        + "pid_alive \"$child\" && echo alive || echo not-alive\n"
        + "pid_alive \"$parent\" && echo parent-alive\n"
        + "process_state \"$child\"\n"
        + "kill \"$parent\"\n");

    assertThat(result.output().lines()).containsExactly("kill-0-succeeds", "not-alive", "parent-alive", "Z");
  }

  @Test
  void oldestLiveProcess_skipsAnOlderZombieOfThatName() throws Exception {
    Shell result = libraries.run(UNREAPED_CHILD.formatted("0") + AWAIT_ZOMBIE
        + "./zombietest 30 & live=$!\n"
        + "sleep 0.05\n"
        + "[ \"$(pgrep -o -x zombietest)\" = \"$child\" ] && echo pgrep-picks-the-zombie\n"
        + "[ \"$(oldest_live_process zombietest)\" = \"$live\" ] && echo picks-the-live-one\n"
        + "kill \"$parent\" \"$live\"\n");

    assertThat(result.output().lines()).containsExactly("pgrep-picks-the-zombie", "picks-the-live-one");
  }

  @Test
  void stopDirect_returnsOnceTheProcessIsAZombie_andServicePidNoLongerFindsIt() throws Exception {
    Shell result = libraries.run(UNREAPED_CHILD.formatted("300")
        + "service_process() { printf zombietest; }\n"
        + "service_pidfile() { printf '%s' \"$PWD/child.pid\"; }\n"
        + "[ \"$(service_pid redis)\" = \"$child\" ] && echo running\n"
        + "service_stop_direct redis\n"
        + "echo \"state " + STATE + "\"\n"
        + "service_pid redis || echo stopped\n"
        + "service_running redis || echo not-running\n"
        + "kill \"$parent\"\n");

    assertThat(result.output()).doesNotContain("did not stop within 30 s");
    assertThat(result.output().lines()).containsExactly("running", "state Z", "stopped", "not-running");
  }
}
