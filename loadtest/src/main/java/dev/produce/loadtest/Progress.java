package dev.produce.loadtest;

/** Where a load test reports what it is doing, one line at a time (the CLI prints them). */
@FunctionalInterface
public interface Progress {
  void step(String message);
}
