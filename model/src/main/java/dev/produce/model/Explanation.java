package dev.produce.model;

import java.util.ArrayList;
import java.util.List;

/** Collects {@link Derivation}s in the order the values are computed. Local to one computation. */
final class Explanation {
  private final List<Derivation> derivations = new ArrayList<>();

  /** Records a value and returns it, so computing and explaining stay on one line. */
  long add(String key, long value, String unit, String derivation) {
    derivations.add(new Derivation(key, unit.isEmpty() ? Long.toString(value) : value + " " + unit, derivation));
    return value;
  }

  String add(String key, String value, String derivation) {
    derivations.add(new Derivation(key, value, derivation));
    return value;
  }

  List<Derivation> toList() {
    return List.copyOf(derivations);
  }
}
