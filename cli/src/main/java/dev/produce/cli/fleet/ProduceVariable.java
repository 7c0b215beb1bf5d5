package dev.produce.cli.fleet;

import dev.produce.cli.convert.CacheBackendConverter;
import dev.produce.cli.convert.CpusConverter;
import dev.produce.cli.convert.DistroConverter;
import dev.produce.cli.convert.FpmProcessMbConverter;
import dev.produce.cli.convert.MemoryConverter;
import dev.produce.cli.convert.MicrocacheConverter;
import dev.produce.cli.convert.PhpVersionConverter;
import dev.produce.format.inventory.InventoryValue;
import dev.produce.model.Excerpt;
import dev.produce.model.Inputs;
import dev.produce.model.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inventory variables that make a host's profile, one per {@code produce-compile} option, each
 * converted by that option's own converter, so a value means and is refused exactly as on the command
 * line. A variable left unset takes the option's default.
 */
public enum ProduceVariable {
  DISTRO("produce_distro", "--distro", (b, v) -> b.distro(new DistroConverter().convert(v))),
  MEMORY("produce_memory", "--memory", (b, v) -> b.memoryMb(new MemoryConverter().convert(v))),
  CACHE("produce_cache", "--cache", (b, v) -> b.cache(new CacheBackendConverter().convert(v))),
  CPUS("produce_cpus", "--cpus", (b, v) -> b.cpus(new CpusConverter().convert(v))),
  PHP("produce_php", "--php", (b, v) -> b.php(new PhpVersionConverter().convert(v))),
  SITE_ROOT("produce_site_root", "--site-root", Inputs.Builder::siteRoot),
  FPM_PROCESS_MB("produce_fpm_process_mb", "--fpm-process-mb",
      (b, v) -> b.fpmProcessMb(new FpmProcessMbConverter().convert(v))),
  PERFORMANCE_ONLY("produce_performance_only", "--performance-only",
      (b, v) -> b.performanceOnly(flag("--performance-only", v))),
  NO_PERFORMANCE("produce_no_performance", "--no-performance", (b, v) -> b.noPerformance(flag("--no-performance", v))),
  MICROCACHE("produce_microcache", "--microcache", (b, v) -> b.microcacheSeconds(new MicrocacheConverter().convert(v)));

  /** The prefix of every produce variable; another variable with it is a typo, refused. */
  public static final String PREFIX = "produce_";

  private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*[a-z]");

  private final String variable;
  private final String option;
  private final BiConsumer<Inputs.Builder, String> apply;

  ProduceVariable(String variable, String option, BiConsumer<Inputs.Builder, String> apply) {
    this.variable = variable;
    this.option = option;
    this.apply = apply;
  }

  /** The inventory variable, e.g. {@code produce_memory}. */
  public String variable() {
    return variable;
  }

  /** The {@code produce-compile} option it stands for, e.g. {@code --memory}. */
  public String option() {
    return option;
  }

  /** Sets this variable's {@code value} on {@code inputs}; refuses a list, a mapping or an empty value. */
  void apply(Inputs.Builder inputs, InventoryValue value) {
    String text = value.text().orElseThrow(() -> new InvalidInputException(option, "must be a single value, was a "
        + value.kind()));
    apply.accept(inputs, text);
  }

  /** The variable called {@code name}, if produce has one. */
  public static Optional<ProduceVariable> named(String name) {
    return Arrays.stream(values()).filter(v -> v.variable.equals(name)).findFirst();
  }

  /** The variables, {@code a|b|c}, for messages. */
  public static String names() {
    return Arrays.stream(values()).map(ProduceVariable::variable).collect(Collectors.joining("|"));
  }

  /** {@code message} with every option it names written as its variable: {@code --cache} → {@code produce_cache}. */
  public static String inVariables(String message) {
    Matcher m = OPTION.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = Arrays.stream(values()).filter(v -> v.option.equals(m.group())).findFirst()
          .map(ProduceVariable::variable).orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean flag(String option, String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new InvalidInputException(option, "must be true or false, was '" + Excerpt.of(text) + "'");
    };
  }
}
