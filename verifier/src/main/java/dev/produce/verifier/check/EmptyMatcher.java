package dev.produce.verifier.check;

/** The output is empty or whitespace only ({@code expect_stderr: ""}). */
public final class EmptyMatcher implements OutputMatcher {

  @Override
  public boolean matches(String output) {
    return output.isBlank();
  }

  @Override
  public String describe() {
    return "is empty";
  }
}
