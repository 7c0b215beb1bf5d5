<?php

/**
 * @file
 * Prints the cache backend of every bin of a standard Drupal 10 site as Drupal resolves it from
 * settings.php: one "bin service backend" line per bin.
 *
 * Usage: php cache-bins.php APP_ROOT SITE_PATH
 *
 * settings.php is loaded the way Drupal's kernel loads it (DrupalKernel::initializeSettings():
 * $app_root, $site_path, $settings, $databases and $class_loader in scope). The bin's service is
 * then chosen as core's CacheFactory::get() does (Drupal 10.3.7): $settings['cache']['bins'][BIN],
 * else the bin's default_backend service tag (core.services.yml: cache.backend.chainedfast for
 * bootstrap, config and discovery), else $settings['cache']['default'], else the database.
 * cache.backend.chainedfast is resolved as ChainedFastBackendFactory does: APCu in front of
 * $settings['cache']['default'] (else the database) when function_exists('apcu_fetch'), otherwise
 * that consistent backend alone.
 *
 * A last line says where DrupalKernel reads the service container's definition from: "container
 * default database" without $settings['bootstrap_container_definition'], else "container
 * bootstrap_container_definition" and the class of its cache.container service (for
 * ChainedFastBackend: chainedfast(FAST>CONSISTENT), each named by the class its service gives), then
 * "unloadable" if a class of a module's namespace was never registered with the class loader.
 */

[, $app_root, $site_path] = $argv;
$settings = [];
$databases = [];
// Records the namespaces settings.php registers, as Composer's ClassLoader::addPsr4() would load them.
$class_loader = new class {
  public array $prefixes = [];

  public function addPsr4(string $prefix, string $dir): void {
    $this->prefixes[$prefix] = $dir;
  }
};
require $app_root . '/' . $site_path . '/settings.php';

$default_bin_backends = [
  'bootstrap' => 'cache.backend.chainedfast',
  'config' => 'cache.backend.chainedfast',
  'discovery' => 'cache.backend.chainedfast',
];
$bins = ['bootstrap', 'config', 'data', 'default', 'discovery', 'dynamic_page_cache', 'entity', 'menu', 'page',
  'render'];
$cache = $settings['cache'] ?? [];
foreach ($bins as $bin) {
  $service = $cache['bins'][$bin] ?? $default_bin_backends[$bin] ?? $cache['default'] ?? 'cache.backend.database';
  $backend = $service;
  if ($service === 'cache.backend.chainedfast') {
    $consistent = $cache['default'] ?? 'cache.backend.database';
    $fast = function_exists('apcu_fetch') ? 'cache.backend.apcu' : NULL;
    $backend = $fast !== NULL && $fast !== $consistent ? "chainedfast($fast>$consistent)" : $consistent;
  }
  echo "$bin $service $backend\n";
}

$definition = $settings['bootstrap_container_definition'] ?? NULL;
if ($definition === NULL) {
  echo "container default database\n";
}
else {
  $services = $definition['services'];
  $class = fn(string $id) => ltrim($services[ltrim($id, '@')]['class'] ?? 'missing:' . $id, '\\');
  $container = $class('cache.container');
  if ($container === 'Drupal\Core\Cache\ChainedFastBackend') {
    [$consistent, $fast] = $services['cache.container']['arguments'];
    $container = 'chainedfast(' . $class($fast) . '>' . $class($consistent) . ')';
  }
  $unloadable = [];
  foreach ($services as $service) {
    $name = ltrim($service['class'], '\\');
    if (preg_match('/^Drupal\\\\(?!Core\\\\|Component\\\\)[a-z_]+\\\\/', $name, $module)
        && !isset($class_loader->prefixes[$module[0]])) {
      $unloadable[] = $name;
    }
  }
  echo "container bootstrap_container_definition $container" . ($unloadable ? ' unloadable ' . implode(',', $unloadable) : '') . "\n";
}
