package dev.produce.model;

import java.util.List;

/**
 * Drupal's requests that always reach PHP under {@code --microcache}, whatever the cache holds:
 * performance.conf's bypass maps print these lists, and the generated checks probe {@link #probes()}.
 *
 * @param pathSections the first path segments of accounts, administration, batches, cron and ajax
 *     (after an optional language prefix and {@code /index.php}), e.g. {@code user}
 * @param scripts Drupal's front scripts other than index.php, without {@code .php}, e.g. {@code update}
 * @param ajaxArguments query arguments that mark an ajax request, e.g. {@code ajax_form}
 * @param probes request paths that must bypass the cache, spelt as clients may spell them
 */
public record MicrocacheBypass(
    List<String> pathSections, List<String> scripts, List<String> ajaxArguments, List<String> probes) {
  /** Drupal 10 and 11's paths. */
  public static final MicrocacheBypass DRUPAL = new MicrocacheBypass(
      List.of("user", "admin", "batch", "cron", "system/ajax"),
      List.of("update", "install", "cron", "authorize", "rebuild", "statistics"),
      List.of("ajax_form", "_wrapper_format", "ajax_page_state"),
      List.of("/user/login", "/user/1", "/admin", "/admin/config", "/batch", "/cron/produce-verify", "/update.php",
          "/install.php", "/system/ajax", "/?ajax_form=1", "/?_wrapper_format=drupal_ajax", "/USER/login",
          "/index.php/user/login", "/%75ser/login", "//user/login", "/user//login", "/%61dmin/config"));

  public MicrocacheBypass {
    pathSections = List.copyOf(pathSections);
    scripts = List.copyOf(scripts);
    ajaxArguments = List.copyOf(ajaxArguments);
    probes = List.copyOf(probes);
  }

  /** {@link #pathSections()} as a regex alternation, {@code user|admin|…}. */
  public String pathSectionsAlternation() {
    return String.join("|", pathSections);
  }

  /** {@link #scripts()} as a regex alternation, {@code update|install|…}. */
  public String scriptsAlternation() {
    return String.join("|", scripts);
  }

  /** {@link #ajaxArguments()} as a regex alternation, {@code ajax_form|…}. */
  public String ajaxArgumentsAlternation() {
    return String.join("|", ajaxArguments);
  }
}
