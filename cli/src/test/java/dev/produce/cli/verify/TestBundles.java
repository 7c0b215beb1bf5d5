package dev.produce.cli.verify;

import dev.produce.generators.write.BundleWriter;
import dev.produce.generators.Generators;
import dev.produce.model.CacheBackend;
import dev.produce.model.Distro;
import dev.produce.model.Inputs;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import dev.produce.verifier.container.ContainerTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;

/** Bundles the container tests verify, written as produce-compile writes them, and a container census. */
final class TestBundles {
  private TestBundles() {}

  static ServerProfile profile(int memoryMb, CacheBackend cache) {
    return Profiles.compute(Inputs.builder().distro(Distro.DEBIAN_12).memoryMb(memoryMb).cache(cache).build());
  }

  /** Writes the bundle of {@code profile} to {@code parent/name} and returns that directory. */
  static Path write(ServerProfile profile, Path parent, String name) throws IOException {
    Path dir = parent.resolve(name);
    BundleWriter.write(Generators.bundle(profile), dir, false);
    return dir;
  }

  /** Ids of the containers (running or not) this JVM started and that still exist. */
  static List<String> containersOfThisJvm() {
    return DockerClientFactory.instance().client().listContainersCmd()
        .withShowAll(true)
        .withLabelFilter(Map.of(ContainerTarget.PID_LABEL, Long.toString(ProcessHandle.current().pid())))
        .exec().stream().map(container -> container.getId()).toList();
  }
}
