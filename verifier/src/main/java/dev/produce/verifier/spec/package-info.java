/**
 * What a {@code .verification.yml} declares, and the loader that reads and lints it.
 *
 * <p>{@link dev.produce.verifier.spec.SpecLoader} parses the YAML with Jackson's streaming
 * parser into a small node tree that keeps every node's line and column, then binds it to
 * {@link dev.produce.verifier.spec.VerificationSpec}: sections → {@link
 * dev.produce.verifier.spec.Item items} → {@link dev.produce.verifier.spec.CommandSpec
 * commands} per {@link dev.produce.verifier.spec.Level level}. Every problem of a file is
 * collected as a {@link dev.produce.verifier.spec.LintError} (YAML path, line, column,
 * message) before anything runs.
 *
 * <p>This package is declarative only: it depends on nothing else of the verifier (no
 * targets, no checks, no reports) and runs nothing.
 */
package dev.produce.verifier.spec;
