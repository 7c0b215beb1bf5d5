/**
 * The configuration files installed on the target: {@link dev.produce.generators.config.InstalledFiles}
 * renders every entry of the model's {@link dev.produce.model.BundlePlan} from its template,
 * {@code templates/<template>.vm}, and chooses no path of its own (redis.conf exists in a bundle
 * because the plan lists it). {@link dev.produce.generators.config.DrupalCacheWiring} gives
 * {@code settings.produce.php} its values as PHP literals.
 */
package dev.produce.generators.config;
