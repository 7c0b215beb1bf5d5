package dev.produce.format.inventory;

/**
 * A variable of a host after {@link VariablePrecedence} merged the inventory: its value and where
 * that value was set, for messages ({@code "host web-07"}, {@code "group large"}).
 */
public record HostVariable(InventoryValue value, String setIn) {}
