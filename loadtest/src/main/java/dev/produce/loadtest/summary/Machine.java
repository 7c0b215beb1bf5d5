package dev.produce.loadtest.summary;

/**
 * The machine a run measured on: shared cores skew every number, so reports say what they were.
 *
 * @param cores          processors available to the JVM (the load generator shares them with the site)
 * @param memoryMb       physical memory
 * @param loadAtStart    1-minute load average when the run started: what else the machine was doing
 * @param loadAtEnd      1-minute load average when it ended, the run's own processes included
 * @param description    operating system and JVM, e.g. {@code Linux 6.1 amd64, Java 17.0.15}
 */
public record Machine(int cores, long memoryMb, double loadAtStart, double loadAtEnd, String description) {}
