/**
 * The bundle a load test applies, as its {@code profile.json} describes it: cache backend and
 * service, PHP version, site root, memory — checked against what the target image and the fixture
 * site can serve before any container starts.
 */
package dev.produce.loadtest.bundle;
