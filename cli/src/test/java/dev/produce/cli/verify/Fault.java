package dev.produce.cli.verify;

import dev.produce.verifier.check.CheckResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberate fault injected into a server where a bundle was applied, and which generated checks
 * it must turn red.
 *
 * @param name what goes wrong, in words (the test's display name)
 * @param inject shell script run as root on the target after the apply
 * @param mustFail checks that must fail, each {@code section › item start › command fragment}
 * @param mayFail items (by {@code section › item start}) that may fail too, as a consequence of the
 *     same fault (e.g. the installed file no longer equals the bundle's); nothing else may fail
 */
record Fault(String name, String inject, List<Expected> mustFail, List<String> mayFail) {

  /**
   * A check that must fail.
   *
   * @param section the section it is in
   * @param item the start of its item's text
   * @param command a fragment of its command
   */
  record Expected(String section, String item, String command) {
    boolean matches(CheckResult result) {
      return result.section().equals(section) && result.item().startsWith(item) && result.cmd().contains(command);
    }

    @Override
    public String toString() {
      return section + " › " + item + "… › …" + command + "…";
    }
  }

  static Expected check(String section, String item, String command) {
    return new Expected(section, item, command);
  }

  /** The sections of the checks this fault must or may turn red: the ones worth running for it. */
  Set<String> sections() {
    Set<String> sections = new TreeSet<>();
    mustFail.forEach(expected -> sections.add(expected.section()));
    mayFail.forEach(item -> sections.add(item.substring(0, item.indexOf(" › "))));
    return sections;
  }

  /** Whether {@code result} belongs to an item this fault may turn red. */
  boolean allows(CheckResult result) {
    return mustFail.stream().anyMatch(e -> e.section().equals(result.section()) && result.item().startsWith(e.item()))
        || mayFail.stream().anyMatch(item -> (result.section() + " › " + result.item()).startsWith(item));
  }

  @Override
  public String toString() {
    return name;
  }
}
