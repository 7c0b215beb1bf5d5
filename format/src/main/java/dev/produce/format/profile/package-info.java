/**
 * {@code profile.json}, typed and versioned: {@link dev.produce.format.profile.ProfileDocument} as
 * generators write it, {@link dev.produce.format.profile.ProfileSummary} as readers (the load test)
 * read it, and {@link dev.produce.format.profile.ProfileJson} for both directions.
 */
package dev.produce.format.profile;
