package dev.produce.generators.render;

import java.io.StringWriter;
import dev.produce.model.ServerProfile;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The only user of Velocity: renders {@code templates/<bundle path>.vm} from the classpath in strict
 * mode, so an undefined reference or a method that does not exist fails the compile instead of
 * leaking {@code $name} into a configuration file.
 */
public final class Templates {
  private static final VelocityEngine ENGINE = engine();

  private Templates() {}

  /**
   * Renders the template for bundle path {@code bundlePath} with {@code context}.
   *
   * @param bundlePath e.g. {@code files/etc/redis/redis.conf}; the template is {@code templates/files/etc/redis/redis.conf.vm}
   */
  public static String render(String bundlePath, Map<String, Object> context) {
    StringWriter out = new StringWriter();
    template(bundlePath).merge(new VelocityContext(new java.util.HashMap<>(context)), out);
    return out.toString();
  }

  /**
   * Renders the template of {@code bundlePath} into a bundle file. The context always holds
   * {@code $profile} (the {@link ServerProfile}), {@code $provenance} ({@link Provenance}) and
   * {@code $derivations} ({@link DerivationIndex}, for the "why" comments), plus {@code extra}.
   */
  public static BundleFile file(
      String bundlePath, ServerProfile profile, Map<String, Object> extra, boolean executable) {
    return file(bundlePath, bundlePath, profile, extra, executable);
  }

  /**
   * Like {@link #file(String, ServerProfile, Map, boolean)}, for a bundle path that depends on the
   * profile: renders {@code templates/<templatePath>.vm}, e.g. template
   * {@code files/etc/php/X.Y/fpm/pool.d/www.conf} for bundle path {@code files/etc/php/8.2/fpm/pool.d/www.conf}.
   */
  public static BundleFile file(
      String templatePath, String bundlePath, ServerProfile profile, Map<String, Object> extra, boolean executable) {
    Map<String, Object> context = new java.util.HashMap<>(extra);
    context.put("profile", profile);
    context.put("provenance", Provenance.of(profile));
    context.put("derivations", new DerivationIndex(profile.derivations()));
    return new BundleFile(bundlePath, render(templatePath, context), executable);
  }

  /**
   * Parses the template for bundle path {@code bundlePath} into the engine's cache, so that rendering it
   * later only merges (see {@code dev.produce.generators.CompileWarmup}).
   */
  public static void parse(String bundlePath) {
    template(bundlePath);
  }

  private static Template template(String bundlePath) {
    return ENGINE.getTemplate("templates/" + bundlePath + ".vm", "UTF-8");
  }

  private static VelocityEngine engine() {
    VelocityEngine engine = new VelocityEngine();
    engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
    engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
    // Parse each template once per run, not once per bundle: a fleet compile renders dozens of bundles.
    engine.setProperty("resource.loader.class.cache", true);
    engine.setProperty("resource.loader.class.modification_check_interval", -1);
    engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
    engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
    engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
    engine.init();
    return engine;
  }
}
