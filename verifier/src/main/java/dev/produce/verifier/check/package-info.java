/**
 * How declared checks are run and judged: one class per check type with its behaviour on
 * the type (goss style), the matchers that compare output, and the flat
 * {@link dev.produce.verifier.check.CheckResult} every check yields.
 *
 * <p>{@link dev.produce.verifier.check.CheckPlan} turns a
 * {@link dev.produce.format.verification.VerificationSpec} at a level into
 * {@link dev.produce.verifier.check.Check}s: a
 * {@link dev.produce.verifier.check.CommandCheck} per command to run, a
 * {@link dev.produce.verifier.check.ManualCheck} per non-automatable item and a
 * {@link dev.produce.verifier.check.NotAtLevelCheck} per command of a deeper level, so
 * nothing declared is silently dropped. Checks probe through
 * {@link dev.produce.verifier.container.Target} only. Secrets are masked
 * ({@link dev.produce.verifier.check.Secrets}) before any output is cut to a tail.
 *
 * <p>Depends on {@code spec} and {@code target}; knows nothing of phases' order or reports.
 */
package dev.produce.verifier.check;
