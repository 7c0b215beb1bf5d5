/**
 * The checks written to a bundle's {@code .verification.yml}, built from the profile
 * ({@link dev.produce.generators.meta.verification.VerificationPlan}) as the bundle format's own
 * records ({@code dev.produce.format.verification.Section}, {@code Item}, {@code CommandSpec}: the
 * same the verifier reads). Shell quoting is computed here ({@code ShellWords}); YAML quoting is the
 * format's ({@code VerificationYamlValues}), so the template only places pre-quoted values.
 */
package dev.produce.generators.meta.verification;
