package dev.produce.verifier.run;

import dev.produce.verifier.check.Secrets;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.VerificationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/** Configures a {@link VerificationRunner}; see {@link VerificationRunner#builder}. */
public final class VerificationRunnerBuilder {

  private final VerificationSpec spec;
  private Level level = Level.DEFAULT;
  private Path bundle;
  private String bundleRoot = VerificationRunner.DEFAULT_BUNDLE_ROOT;
  private boolean apply;
  private boolean idempotence;
  private TargetLauncher offline;
  private Duration applyTimeout = VerificationRunner.DEFAULT_APPLY_TIMEOUT;
  private Secrets secrets = Secrets.NONE;
  private RunListener listener = RunListener.NONE;

  VerificationRunnerBuilder(VerificationSpec spec) {
    this.spec = Objects.requireNonNull(spec, "spec");
  }

  /** The level the checks run at (default {@link Level#DEFAULT}). */
  public VerificationRunnerBuilder level(Level level) {
    this.level = Objects.requireNonNull(level, "level");
    return this;
  }

  /** Copy the host directory {@code hostDir} to {@code bundleRoot} on the target first. */
  public VerificationRunnerBuilder bundle(Path hostDir, String bundleRoot) {
    if (!Files.isDirectory(hostDir)) {
      throw new IllegalArgumentException("not a bundle directory: " + hostDir);
    }
    this.bundle = hostDir;
    return bundleRoot(bundleRoot);
  }

  /** The bundle is already at {@code bundleRoot} on the target (the commands' working directory). */
  public VerificationRunnerBuilder bundleRoot(String bundleRoot) {
    this.bundleRoot = Objects.requireNonNull(bundleRoot, "bundleRoot");
    return this;
  }

  /** Apply the bundle ({@code ./produce}) before the checks, as a reported phase. */
  public VerificationRunnerBuilder apply() {
    this.apply = true;
    return this;
  }

  /** After the checks, apply again and require an unchanged state (needs {@link #apply()}). */
  public VerificationRunnerBuilder idempotence() {
    this.idempotence = true;
    return this;
  }

  /** Finally apply and run the quick checks on a target {@code launcher} starts without network. */
  public VerificationRunnerBuilder offline(TargetLauncher launcher) {
    this.offline = Objects.requireNonNull(launcher, "launcher");
    return this;
  }

  /** How long one apply may take (default {@link VerificationRunner#DEFAULT_APPLY_TIMEOUT}). */
  public VerificationRunnerBuilder applyTimeout(Duration applyTimeout) {
    if (applyTimeout.isNegative() || applyTimeout.isZero()) {
      throw new IllegalArgumentException("apply timeout must be positive: " + applyTimeout);
    }
    this.applyTimeout = applyTimeout;
    return this;
  }

  /** Values to mask out of every result and evidence ({@code --mask}). */
  public VerificationRunnerBuilder secrets(Secrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    return this;
  }

  /** Hears every result as it comes. */
  public VerificationRunnerBuilder listener(RunListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  public VerificationRunner build() {
    if (idempotence && !apply) {
      throw new IllegalStateException("idempotence compares two applies: enable apply() too");
    }
    if (offline != null && bundle == null) {
      throw new IllegalStateException("the offline phase copies the bundle to a fresh target: give bundle(dir, root)");
    }
    return VerificationRunner.of(new RunSettings(spec, level, bundle, bundleRoot, apply, idempotence, offline,
        applyTimeout, secrets, listener));
  }
}
