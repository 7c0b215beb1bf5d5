/**
 * The bundle's own files: {@code profile.json} (data, written with Jackson), {@code README.md},
 * {@code .verification.yml} and {@code SHA256SUMS} (computed last, over every other file).
 */
package dev.produce.generators.meta;
