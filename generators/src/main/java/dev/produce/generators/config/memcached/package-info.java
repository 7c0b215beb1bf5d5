/** The Memcached configuration file ({@code /etc/memcached.conf}), present with {@code --cache memcache}. */
package dev.produce.generators.config.memcached;
