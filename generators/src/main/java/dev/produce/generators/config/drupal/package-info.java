/**
 * Drupal's file: {@code settings.produce.php}, the guarded fragment that wires the cache backend,
 * installed into the site's {@code sites/default/} and included once from {@code settings.php}.
 * Present with {@code --cache redis|memcache}.
 */
package dev.produce.generators.config.drupal;
