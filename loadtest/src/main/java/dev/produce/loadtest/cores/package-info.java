/**
 * Which of the machine's CPUs the site gets and which the load generator (Gatling and the probe, this
 * JVM) gets, so that neither measures the other: {@link dev.produce.loadtest.cores.CpuSplit} splits
 * them and checks the bundle was compiled for the site's share; {@link
 * dev.produce.loadtest.cores.LoadGeneratorPinning} pins this JVM with {@code taskset}.
 */
package dev.produce.loadtest.cores;
