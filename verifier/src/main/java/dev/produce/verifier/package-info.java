/**
 * Proves a bundle works: applies it inside a real container and runs its
 * {@code .verification.yml} checks. {@link dev.produce.verifier.Verification} is the one entry point
 * for a command line: load and lint, run on a target, format the outcome.
 *
 * <p>What is declared (the spec, read by {@code dev.produce.format.verification} in the format
 * module) is kept apart from how it is probed:
 * {@link dev.produce.verifier.container} owns the containers and is the only
 * package that talks to Docker.
 */
package dev.produce.verifier;
