/** The Redis configuration file ({@code /etc/redis/redis.conf}), present with {@code --cache redis}. */
package dev.produce.generators.config.redis;
