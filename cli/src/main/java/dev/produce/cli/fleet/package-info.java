/**
 * {@code produce-compile --inventory}: each host's profile from the {@code produce_*} variables of an
 * Ansible inventory ({@link dev.produce.cli.fleet.ProduceVariable}, through the same converters and model
 * validation as the single command), one bundle per distinct profile in a content-addressed directory
 * ({@link dev.produce.cli.fleet.FleetCompiler}), and the output directory written all or nothing with
 * its {@code fleet.json} ({@link dev.produce.cli.fleet.FleetWriter}). Reading the inventory is the format
 * module's ({@link dev.produce.format.inventory}).
 */
package dev.produce.cli.fleet;
