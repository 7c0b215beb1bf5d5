package dev.produce.verifier.check;

import dev.produce.format.verification.CommandSpec;
import dev.produce.format.verification.SpecLoader;
import dev.produce.format.verification.VerificationSpec;

/** Specs for tests, written as YAML and loaded by the real loader. */
final class TestSpecs {

  private TestSpecs() {}

  /** A spec from YAML text; fails the test on lint errors. */
  static VerificationSpec spec(String yaml) {
    return SpecLoader.load(yaml, "test.yml").orThrow();
  }

  /** The one command of a quick item whose command mapping is {@code lines} (YAML, unindented). */
  static CommandSpec command(String lines) {
    String yaml = """
        checks:
          - text: claim
            machine:
              automatable: true
              checks:
                quick:
                  commands:
                    -
        """ + lines.indent(14);
    return spec(yaml).sections().get(0).items().get(0).commands().get(0);
  }
}
