/**
 * What a {@code .verification.yml} declares, and the loader that reads and lints it.
 *
 * <p>{@link dev.produce.format.verification.SpecLoader} parses the YAML with Jackson's streaming
 * parser into a small node tree that keeps every node's line and column, then binds it to
 * {@link dev.produce.format.verification.VerificationSpec}: sections → {@link
 * dev.produce.format.verification.Item items} → {@link dev.produce.format.verification.CommandSpec
 * commands} per {@link dev.produce.format.verification.Level level}. Every problem of a file is
 * collected as a {@link dev.produce.format.verification.LintError} (YAML path, line, column,
 * message) before anything runs.
 *
 * <p>This package is declarative only: it depends on the model alone (no verifier, no
 * targets, no checks, no reports) and runs nothing.
 */
package dev.produce.format.verification;
