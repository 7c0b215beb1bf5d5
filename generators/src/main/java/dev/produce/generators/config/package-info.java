/**
 * Generators of the configuration files installed on the target, one sub-package per service.
 * Each generator renders one template, {@code templates/files/<target path>.vm}, and returns empty
 * when the profile's {@link dev.produce.model.ServerProfile#files() file inventory} does not list
 * its file (e.g. redis.conf with {@code --cache memcache}).
 */
package dev.produce.generators.config;
