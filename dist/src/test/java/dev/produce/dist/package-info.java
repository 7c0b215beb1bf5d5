/**
 * Container tests of the release (the tarball and the Debian package) on fresh Debian 12 and 13
 * machines that have nothing but what the package pulls from Debian's mirror: a Java runtime.
 */
package dev.produce.dist;
