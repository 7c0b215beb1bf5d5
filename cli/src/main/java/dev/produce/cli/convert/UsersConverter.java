package dev.produce.cli.convert;

/** {@code --users}: concurrent Gatling users, 1 to 256. */
public final class UsersConverter extends BoundedIntConverter {
  public UsersConverter() {
    super("--users", 1, 256, "");
  }
}
