package dev.produce.verifier.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Volume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The one class that owns containers: a long-lived container from a fixture
 * image ({@link Images}) that checks are probed in.
 *
 * <p>By default the container's main process is {@code sleep infinity} under Docker's
 * {@code --init} (tini), so daemons that bundles start through init scripts are
 * reaped when they exit: no zombie keeps a stale pid "alive" for
 * {@code start-stop-daemon} or {@code pgrep}. There is no systemd; nothing runs
 * until a command starts it. With {@link Builder#systemd()} (what {@code produce-verify}
 * uses unless {@code --no-systemd}) systemd is PID 1 and Debian's units run. Containers carry the labels
 * {@value #OWNER_LABEL}={@value #OWNER} and {@value #PID_LABEL}=&lt;JVM pid&gt; so
 * {@code bin/test} can remove those whose JVM died without stopping them (Ryuk,
 * which would, is disabled).
 *
 * <pre>{@code
 * try (ContainerTarget target = ContainerTarget.of(Images.target()).offline().start()) {
 *   target.copyIn(bundleDir, "/opt/bundle");
 *   ExecResult applied = target.execIn("/opt/bundle", Duration.ofMinutes(2), "./produce");
 * }
 * }</pre>
 */
public final class ContainerTarget implements Target, AutoCloseable {

  /** Label key on every container this class starts. */
  public static final String OWNER_LABEL = "dev.produce.owner";
  /** Label value on every container this class starts. */
  public static final String OWNER = "container-target";
  /** Label key holding the pid of the JVM that started the container. */
  public static final String PID_LABEL = "dev.produce.pid";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
  /** systemd starting every enabled unit of a stock server, on a loaded 2-core machine. */
  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(120);
  /** Host-side slack beyond a command's own timeout before its output stream is abandoned. */
  private static final Duration HOST_GRACE = Duration.ofSeconds(15);
  /** After the in-container timeout's TERM, KILL the process group this long later. */
  private static final String KILL_AFTER = "5s";

  private final GenericContainer<?> container;
  private final String image;
  private final boolean offline;
  private final boolean systemd;

  private ContainerTarget(GenericContainer<?> container, String image, boolean offline, boolean systemd) {
    this.container = container;
    this.image = image;
    this.offline = offline;
    this.systemd = systemd;
  }

  /** Options for a container from {@code image} (see {@link Images}). */
  public static Builder of(String image) {
    return new Builder(image);
  }

  /** A started container from {@link Images#target()} with default options. */
  public static ContainerTarget startTarget() {
    return of(Images.target()).start();
  }

  /** A started container from {@link Images#bare()} with default options. */
  public static ContainerTarget startBare() {
    return of(Images.bare()).start();
  }

  /** Options of a container to start. */
  public static final class Builder {
    private final String image;
    private boolean offline;
    private boolean init = true;
    private boolean systemd;
    private long memoryBytes;
    private String cpuset = "";
    private final List<Integer> ports = new ArrayList<>();
    private final Map<String, String> tmpfs = new TreeMap<>();

    private Builder(String image) {
      this.image = Objects.requireNonNull(image, "image");
    }

    /** Network mode {@code none}: only loopback, no way out (air-gap phases). */
    public Builder offline() {
      this.offline = true;
      return this;
    }

    /**
     * No init process ({@code docker run} without {@code --init}): PID 1 is {@code sleep}, which
     * never reaps the daemons orphaned to it, so a daemon that exits stays a zombie.
     */
    public Builder withoutInit() {
      this.init = false;
      return this;
    }

    /**
     * systemd as PID 1, as on a real server: the image's {@code /sbin/init} with the flags systemd
     * needs in a container here ({@code --cap-add SYS_ADMIN --security-opt seccomp=unconfined
     * --cgroupns=host -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock}, and an
     * IPv6 loopback, which Debian 13's stock memcached binds). Every enabled unit starts at boot;
     * {@link #start()} returns once {@code systemctl is-system-running --wait} says {@code running}
     * and fails when it says anything else, naming the failed units.
     */
    public Builder systemd() {
      this.systemd = true;
      this.init = false;
      return this;
    }

    /** Hard memory limit (swap included), like {@code docker run -m}. */
    public Builder memoryLimitMb(long megabytes) {
      if (megabytes < 6) {
        throw new IllegalArgumentException("memory limit below Docker's minimum of 6 MB: " + megabytes);
      }
      this.memoryBytes = megabytes * 1024 * 1024;
      return this;
    }

    /**
     * Runs the container on these host CPUs only, like {@code docker run --cpuset-cpus}: a list of
     * CPU numbers and ranges, e.g. {@code "0"}, {@code "0-1"} or {@code "0,2"}.
     */
    public Builder cpuset(String cpus) {
      if (!cpus.matches("\\d+(-\\d+)?(,\\d+(-\\d+)?)*")) {
        throw new IllegalArgumentException("not a CPU list like 0, 0-1 or 0,2: '" + cpus + "'");
      }
      this.cpuset = cpus;
      return this;
    }

    /** Publishes {@code containerPort} on a random host port; see {@link #mappedPort(int)}. */
    public Builder exposePort(int containerPort) {
      ports.add(containerPort);
      return this;
    }

    /**
     * Mounts a fresh tmpfs at {@code path} with Docker's tmpfs {@code options} (e.g.
     * {@code "size=64k"}): a small filesystem that fills up, for disk-full faults.
     */
    public Builder tmpfs(String path, String options) {
      tmpfs.put(path, options);
      return this;
    }

    /** Starts the container; throws {@link TargetException} when it does not start. */
    public ContainerTarget start() {
      if (offline && !ports.isEmpty()) {
        throw new IllegalStateException("an offline container cannot publish ports " + ports);
      }
      GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
          .withCommand(systemd ? new String[] {"/sbin/init"} : new String[] {"sleep", "infinity"})
          .withLabel(OWNER_LABEL, OWNER)
          .withLabel(PID_LABEL, Long.toString(ProcessHandle.current().pid()))
          .withStartupTimeout(STARTUP_TIMEOUT)
          // Nothing listens yet: ready as soon as the container runs.
          .waitingFor(new AbstractWaitStrategy() {
            @Override
            protected void waitUntilReady() {}
          })
          .withCreateContainerCmdModifier(cmd -> {
            cmd.getHostConfig().withInit(init);
            if (memoryBytes > 0) {
              cmd.getHostConfig().withMemory(memoryBytes).withMemorySwap(memoryBytes);
            }
            if (!cpuset.isEmpty()) {
              cmd.getHostConfig().withCpusetCpus(cpuset);
            }
            if (systemd) {
              cmd.getHostConfig()
                  .withCapAdd(Capability.SYS_ADMIN)
                  .withSecurityOpts(List.of("seccomp=unconfined"))
                  .withCgroupnsMode("host")
                  .withBinds(new Bind("/sys/fs/cgroup", new Volume("/sys/fs/cgroup"), AccessMode.rw))
                  .withSysctls(Map.of("net.ipv6.conf.all.disable_ipv6", "0"));
            }
          });
      Map<String, String> mounts = new TreeMap<>(tmpfs);
      if (systemd) {
        container.withEnv("container", "docker");
        mounts.putIfAbsent("/run", "rw,nosuid,nodev,mode=755");
        mounts.putIfAbsent("/run/lock", "rw,nosuid,nodev,noexec");
      }
      if (offline) {
        container.withNetworkMode("none");
      }
      if (!ports.isEmpty()) {
        container.withExposedPorts(ports.toArray(Integer[]::new));
      }
      if (!mounts.isEmpty()) {
        container.withTmpFs(mounts);
      }
      try {
        container.start();
      } catch (RuntimeException e) {
        container.stop();
        throw new TargetException("cannot start a container from " + image + ": "
            + Images.rootMessage(e), e);
      }
      ContainerTarget target = new ContainerTarget(container, image, offline, systemd);
      if (systemd) {
        awaitSystemBoot(target);
      }
      return target;
    }
  }

  /**
   * Waits for systemd's boot to finish (systemctl answers only once PID 1 has set up
   * its socket {@code /run/systemd/private}); stops the container and fails unless the state is {@code running}.
   */
  private static void awaitSystemBoot(ContainerTarget target) {
    ExecResult state = target.exec(BOOT_TIMEOUT, "sh", "-c",
        "i=0; until [ -S /run/systemd/private ] || [ $i -ge 300 ]; do sleep 0.1; i=$((i + 1)); done;"
            + " systemctl is-system-running --wait");
    if (!state.stdout().strip().equals("running")) {
      String failed = target.exec("systemctl", "--failed", "--plain", "--no-legend").stdout().strip();
      target.close();
      throw new TargetException("systemd in " + target.image() + " did not boot cleanly: "
          + (state.stdout() + " " + state.stderr()).strip()
          + (failed.isEmpty() ? "" : "; failed units: " + failed.replace('\n', ',')));
    }
  }

  /**
   * Restarts the container as a reboot restarts a server: every process ends, the tmpfs mounts
   * ({@code /run} under systemd) are emptied, files on disk stay; with systemd the boot runs again
   * and is waited for, as at start.
   */
  public void restart() {
    container.getDockerClient().restartContainerCmd(containerId()).withTimeout(30).exec();
    if (systemd) {
      awaitSystemBoot(this);
    }
  }

  /** The image this container was started from. */
  public String image() {
    return image;
  }

  /** Whether systemd runs as PID 1 ({@link Builder#systemd()}). */
  public boolean systemd() {
    return systemd;
  }

  /** Whether the container has no network but loopback. */
  public boolean offline() {
    return offline;
  }

  /** Docker's id of the container. */
  public String containerId() {
    return container.getContainerId();
  }

  /** Host to reach published ports on. */
  public String host() {
    return container.getHost();
  }

  /** Host port {@code containerPort} is published on (see {@link Builder#exposePort(int)}). */
  public int mappedPort(int containerPort) {
    return container.getMappedPort(containerPort);
  }

  @Override
  public ExecResult execIn(String workDir, Duration timeout, String... command) {
    Objects.requireNonNull(workDir, "workDir");
    if (command.length == 0) {
      throw new IllegalArgumentException("empty command");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    // coreutils timeout runs the command in its own process group and signals
    // the whole group, so children of a stuck command go too.
    List<String> argv = new ArrayList<>(List.of("timeout", "--kill-after=" + KILL_AFTER,
        String.format(Locale.ROOT, "%.3fs", timeout.toMillis() / 1000.0)));
    argv.addAll(List.of(command));

    DockerClient docker = container.getDockerClient();
    long started = System.nanoTime();
    String execId;
    try {
      execId = docker.execCreateCmd(containerId())
          .withUser("root")
          .withWorkingDir(workDir)
          .withAttachStdout(true)
          .withAttachStderr(true)
          .withCmd(argv.toArray(String[]::new))
          .exec()
          .getId();
    } catch (RuntimeException e) {
      throw new TargetException("cannot exec in " + containerId() + ": " + Images.rootMessage(e), e);
    }
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    boolean completed;
    try (ResultCallback.Adapter<Frame> output = new ResultCallback.Adapter<>() {
          @Override
          public void onNext(Frame frame) {
            ByteArrayOutputStream sink = switch (frame.getStreamType()) {
              case STDERR -> stderr;
              default -> stdout;
            };
            synchronized (sink) {
              sink.writeBytes(frame.getPayload());
            }
          }
        }) {
      docker.execStartCmd(execId).exec(output);
      completed = output.awaitCompletion(timeout.plus(HOST_GRACE).toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TargetException("interrupted while running " + String.join(" ", command), e);
    } catch (IOException | RuntimeException e) {
      throw new TargetException("exec in " + containerId() + " failed: " + Images.rootMessage(e), e);
    }
    Integer exitCode = completed ? exitCode(docker, execId) : null;
    String err = text(stderr);
    if (exitCode == null) {
      exitCode = ExecResult.TIMED_OUT;
      err += "\n[produce] no result " + timeout.plus(HOST_GRACE).toSeconds()
          + " s after start; output abandoned\n";
    }
    return new ExecResult(exitCode, text(stdout), err, Duration.ofNanos(System.nanoTime() - started));
  }

  /** Exit code once Docker has recorded it (it may lag the end of the output stream briefly). */
  private static Integer exitCode(DockerClient docker, String execId) {
    for (int attempt = 0; attempt < 50; attempt++) {
      InspectExecResponse exec = docker.inspectExecCmd(execId).exec();
      if (!Boolean.TRUE.equals(exec.isRunning()) && exec.getExitCodeLong() != null) {
        return exec.getExitCodeLong().intValue();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private static String text(ByteArrayOutputStream sink) {
    synchronized (sink) {
      return sink.toString(StandardCharsets.UTF_8);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Read with {@code cat}, so symlinks are followed and {@code /proc} works
   * (Docker's archive API returns a symlink as a link and {@code /proc} files as empty).
   */
  @Override
  public String readFile(String path) {
    ExecResult cat = exec(Duration.ofMinutes(1), "cat", "--", path);
    if (!cat.succeeded()) {
      throw new TargetException("cannot read " + path + " in " + containerId() + ": "
          + cat.stderr().strip());
    }
    return cat.stdout();
  }

  @Override
  public void copyIn(Path hostDir, String containerPath) {
    if (!Files.isDirectory(hostDir)) {
      throw new IllegalArgumentException("not a directory: " + hostDir);
    }
    String destination = containerPath.endsWith("/") && containerPath.length() > 1
        ? containerPath.substring(0, containerPath.length() - 1) : containerPath;
    List<String> directories = new ArrayList<>(List.of(destination));
    try (Stream<Path> paths = Files.walk(hostDir)) {
      for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
        String target = destination + "/" + hostDir.relativize(path).toString().replace('\\', '/');
        if (Files.isDirectory(path)) {
          directories.add(target);
        } else if (Files.isRegularFile(path)) {
          // One archive per file, each entry root-owned with the host file's permission bits.
          int mode = 0100000 | (posixMode(path) & 07777);
          container.copyFileToContainer(Transferable.of(Files.readAllBytes(path), mode), target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + hostDir, e);
    } catch (RuntimeException e) {
      throw new TargetException("cannot copy " + hostDir + " to " + containerPath + ": "
          + Images.rootMessage(e), e);
    }
    // Also creates the empty directories, which carry no file entry.
    List<String> mkdir = new ArrayList<>(List.of("mkdir", "-p", "--"));
    mkdir.addAll(directories);
    ExecResult made = execIn("/", Duration.ofMinutes(1), mkdir.toArray(String[]::new));
    if (!made.succeeded()) {
      throw new TargetException("cannot create directories under " + containerPath + ": " + made.stderr());
    }
  }

  private static int posixMode(Path path) throws IOException {
    try {
      return (Integer) Files.getAttribute(path, "unix:mode");
    } catch (UnsupportedOperationException e) {
      return Files.isExecutable(path) ? 0755 : 0644;
    }
  }

  /** {@inheritDoc} A symlink is resolved first, so its target's content is copied. */
  @Override
  public void copyOut(String containerPath, Path hostFile) {
    ExecResult resolved = exec(Duration.ofMinutes(1), "readlink", "-e", "--", containerPath);
    if (!resolved.succeeded()) {
      throw new TargetException("no file " + containerPath + " in " + containerId());
    }
    try {
      Path parent = hostFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      container.copyFileFromContainer(resolved.stdout().strip(), hostFile.toString());
    } catch (IOException | RuntimeException e) {
      throw new TargetException("cannot copy " + containerPath + " out: " + Images.rootMessage(e), e);
    }
  }

  @Override
  public String logs() {
    return container.getLogs();
  }

  /** Stops and removes the container. */
  @Override
  public void close() {
    container.stop();
  }

  @Override
  public String toString() {
    return "ContainerTarget[" + image + (offline ? ", offline" : "") + (systemd ? ", systemd" : "") + ", "
        + (container.getContainerId() == null ? "not started" : containerId()) + "]";
  }
}
