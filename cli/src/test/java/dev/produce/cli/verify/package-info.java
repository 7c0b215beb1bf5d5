/**
 * Container tests of {@code produce-verify} ({@code *IT}, failsafe; they need a Docker engine and
 * the locally built target image): a freshly compiled bundle passes a thorough verification with
 * its reports written and parsed back, a file in the original design's format runs unchanged, and
 * the mutation suite shows the generated checks turn red, naming the right check, for deliberate
 * faults. Each class prints its wall time and where it went.
 */
package dev.produce.cli.verify;
