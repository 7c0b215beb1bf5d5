/**
 * What {@code produce-verify} needs around the verifier's runner: starting targets
 * ({@link dev.produce.cli.verify.TargetFactory}), closing every one of them even when the JVM is
 * interrupted ({@link dev.produce.cli.verify.OpenTargets}), writing reports and evidence
 * ({@link dev.produce.cli.verify.ReportFiles}) and the wall-time summary line
 * ({@link dev.produce.cli.verify.WallTimes}). Loading, checks, phases and report formats are the
 * verifier's; nothing here judges a result.
 */
package dev.produce.cli.verify;
