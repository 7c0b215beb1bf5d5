/** Tests of the vendored packages' bundle files (INDEX, Packages, the .deb files). */
package dev.produce.generators.packages;
