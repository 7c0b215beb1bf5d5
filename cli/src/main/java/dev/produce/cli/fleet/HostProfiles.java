package dev.produce.cli.fleet;

import dev.produce.format.inventory.HostVariable;
import dev.produce.format.inventory.Inventory;
import dev.produce.format.inventory.VariablePrecedence;
import dev.produce.model.Excerpt;
import dev.produce.model.Inputs;
import dev.produce.model.InvalidInputException;
import dev.produce.model.Profiles;
import dev.produce.model.ServerProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each host's {@link ServerProfile} from its {@code produce_*} variables, validated as the single
 * command validates its options; every refused host is reported, each on one line naming the host, the
 * variable and where it was set. A profile is computed once however many hosts share it.
 */
public final class HostProfiles {
  private HostProfiles() {}

  /**
   * The profile of each of {@code hosts}, in their order.
   *
   * @throws InvalidHostsException when any host's variables are refused
   */
  public static Map<String, ServerProfile> of(Inventory inventory, List<String> hosts) {
    List<String> refused = new ArrayList<>();
    Map<String, ServerProfile> profiles = new LinkedHashMap<>();
    Map<Inputs, ServerProfile> computed = new HashMap<>();
    for (String host : hosts) {
      Map<String, HostVariable> vars = VariablePrecedence.of(inventory, host);
      try {
        Inputs inputs = inputs(vars);
        ServerProfile profile = computed.get(inputs);
        if (profile == null) {
          profile = Profiles.compute(inputs);
          computed.put(inputs, profile);
        }
        profiles.put(host, profile);
      } catch (InvalidInputException e) {
        refused.add(host + ": " + ProduceVariable.inVariables(e.getMessage()) + setIn(e.option(), vars));
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidHostsException(refused);
    }
    return profiles;
  }

  private static Inputs inputs(Map<String, HostVariable> vars) {
    for (String name : vars.keySet()) {
      if (name.startsWith(ProduceVariable.PREFIX) && ProduceVariable.named(name).isEmpty()) {
        throw new InvalidInputException(Excerpt.of(name), "is not a produce variable; they are "
            + ProduceVariable.names());
      }
    }
    Inputs.Builder inputs = Inputs.builder();
    for (ProduceVariable variable : ProduceVariable.values()) {
      HostVariable value = vars.get(variable.variable());
      if (value != null) {
        variable.apply(inputs, value.value());
      }
    }
    return inputs.build();
  }

  /** {@code " (set in group large)"} for the variable of {@code option}, when the inventory sets it. */
  private static String setIn(String option, Map<String, HostVariable> vars) {
    Optional<HostVariable> set = Optional.ofNullable(vars.get(option)).or(() -> java.util.Arrays.stream(
            ProduceVariable.values())
        .filter(v -> v.option().equals(option))
        .findFirst()
        .map(v -> vars.get(v.variable())));
    return set.map(v -> " (set in " + v.setIn() + ")").orElse("");
  }
}
