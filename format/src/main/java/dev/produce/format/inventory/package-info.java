/**
 * Ansible YAML inventories, read for {@code produce-compile --inventory}: the groups ({@code all},
 * {@code children}, {@code hosts}, {@code vars}) as {@link dev.produce.format.inventory.Inventory},
 * each host's variables merged with Ansible's precedence
 * ({@link dev.produce.format.inventory.VariablePrecedence}), {@code --limit} host patterns
 * ({@link dev.produce.format.inventory.HostPattern}) and the index a fleet compile writes beside its
 * bundles ({@link dev.produce.format.inventory.FleetIndex}). Jackson reads and writes; no produce
 * variable is interpreted here.
 */
package dev.produce.format.inventory;
