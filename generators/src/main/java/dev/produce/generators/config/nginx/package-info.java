/**
 * nginx's files: http-context tuning ({@code conf.d/performance.conf}) and the server-context
 * Drupal locations ({@code snippets/produce-drupal.conf}) that the site's {@code server {}} includes.
 * Present unless {@code --no-performance}.
 */
package dev.produce.generators.config.nginx;
