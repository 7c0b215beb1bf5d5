/**
 * Runs a verification: the built-in phases (apply, idempotence by state diff, offline apply)
 * and the checks of a {@link dev.produce.format.verification.VerificationSpec} at a level, against
 * any {@link dev.produce.verifier.container.Target}, reporting every result as it comes to a
 * {@link dev.produce.verifier.run.RunListener} and mapping the outcome to an
 * {@link dev.produce.verifier.run.ExitCode}.
 *
 * <p>{@link dev.produce.verifier.run.VerificationRunner} is this package's entry point; a command line
 * goes through the facade {@link dev.produce.verifier.Verification}.
 * {@link dev.produce.verifier.run.LocalTarget} is a real target on this host (commands run with
 * {@code bash -c} in a directory), for tests and for verifying a server on itself. Containers
 * are started by the caller ({@code container.ContainerTarget}); this package never talks to
 * Docker.
 *
 * <p>The idempotence phase reads what a bundle manages from the bundle itself:
 * {@code scripts/lib/bundle.sh} ({@code BUNDLE_MANAGED_FILES}, {@code BUNDLE_SETTINGS_PHP},
 * {@code BUNDLE_SERVICES}) and the {@code service_pid} function of
 * {@code scripts/lib/services.sh} (see {@code state-snapshot.sh} beside this package).
 */
package dev.produce.verifier.run;
