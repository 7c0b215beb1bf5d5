package dev.produce.verifier.run;

import dev.produce.verifier.check.Secrets;
import dev.produce.format.verification.Level;
import dev.produce.format.verification.VerificationSpec;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a {@link VerificationRunner} does, as its builder set it.
 *
 * @param spec         the checks
 * @param level        the level checks run at
 * @param bundle       host directory copied to {@code bundleRoot} before applying; null when the
 *                     bundle is already there
 * @param bundleRoot   the bundle's directory on the target, working directory of every command
 * @param apply        whether to apply the bundle ({@code ./produce}) before the checks
 * @param idempotence  whether to apply it a second time and compare the state
 * @param offline      starts the offline phase's target; null for no offline phase
 * @param applyTimeout how long one apply may take
 * @param secrets      values masked out of every result and evidence
 * @param listener     hears every result as it comes
 */
record RunSettings(
    VerificationSpec spec,
    Level level,
    Path bundle,
    String bundleRoot,
    boolean apply,
    boolean idempotence,
    TargetLauncher offline,
    Duration applyTimeout,
    Secrets secrets,
    RunListener listener) {}
