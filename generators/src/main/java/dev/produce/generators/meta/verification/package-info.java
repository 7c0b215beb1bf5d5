/**
 * The checks written to a bundle's {@code .verification.yml}, as records built from the profile
 * ({@link dev.produce.generators.meta.verification.VerificationPlan}). Quoting for YAML and for the
 * shell is computed here ({@link dev.produce.generators.meta.verification.YamlScalar}), so the
 * template only places pre-quoted values.
 */
package dev.produce.generators.meta.verification;
