/**
 * PHP-FPM's files: the {@code www} pool ({@code pool.d/www.conf}) and the INI_SYSTEM settings
 * ({@code conf.d/90-produce.ini}). Their bundle paths contain the PHP version, so their templates
 * live under {@code templates/files/etc/php/X.Y/}. Present unless {@code --no-performance}.
 */
package dev.produce.generators.config.php;
