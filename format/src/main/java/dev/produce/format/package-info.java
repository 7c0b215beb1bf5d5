/**
 * The bundle format, between the model and the modules that write or read a bundle (generators,
 * verifier, load test): the layout names ({@link dev.produce.format.BundleLayout}), the typed,
 * versioned {@code profile.json} ({@link dev.produce.format.profile}) and the one model of
 * {@code .verification.yml} with its reader and lint ({@link dev.produce.format.verification}), and
 * the Ansible inventories and {@code fleet.json} of a fleet compile ({@link dev.produce.format.inventory}).
 * Depends on the model only.
 */
package dev.produce.format;
