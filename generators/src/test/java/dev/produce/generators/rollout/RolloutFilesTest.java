package dev.produce.generators.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.produce.generators.render.BundleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rollout playbook: Ansible's rollout controls, and a changed status read from produce's own summary line. */
class RolloutFilesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void render_isOnePlaybook_theSameBytesEveryTime() {
    List<BundleFile> files = RolloutFiles.render();

    assertThat(files).extracting(BundleFile::path).containsExactly("rollout.yml");
    assertThat(files).isEqualTo(RolloutFiles.render());
  }

  @Test
  void playbook_rollsOutOneHostThenBatches_andStopsAtTheFirstFailure() throws Exception {
    JsonNode play = play();

    assertThat(play.path("serial").toString()).isEqualTo("[1,\"25%\"]");
    assertThat(play.path("max_fail_percentage").asInt(-1)).isZero();
    assertThat(play.path("become").asBoolean()).isTrue();
    assertThat(play.path("gather_subset").toString()).isEqualTo("[\"!all\",\"hardware\"]");
    assertThat(task("Read fleet.json (once per host, on the controller)").path("ansible.builtin.include_vars")
        .path("file").asText()).isEqualTo("{{ playbook_dir }}/fleet.json");
  }

  @Test
  void playbook_assertsTheFactsBeforeAnyChange_andAppliesOnlyOutsideCheckMode() throws Exception {
    List<String> names = new ArrayList<>();
    play().path("tasks").forEach(task -> names.add(task.path("name").asText()));

    assertThat(names).containsExactly("Read fleet.json (once per host, on the controller)",
        "The host was compiled into fleet.json", "The host's PHP-FPM is the bundle's",
        "A signed bundle's host has /usr/local/sbin/produce-apply",
        "The host matches the profile of its bundle", "Preview the bundle (check mode changes nothing)",
        "Apply the bundle");
    JsonNode facts = task("The host matches the profile of its bundle").path("ansible.builtin.assert").path("that");
    assertThat(facts.toString()).contains("distribution_major_version", "processor_vcpus", "memtotal_mb",
        "produce_php_fpm.stat.exists");
    assertThat(task("Preview the bundle (check mode changes nothing)").path("check_mode").asBoolean(true)).isFalse();
    assertThat(task("Apply the bundle").path("when").asText()).isEqualTo("not ansible_check_mode");
  }

  @Test
  void changedWhen_readsTheFileCountOfProducesSummaryLine() throws Exception {
    JsonNode apply = task("Apply the bundle").path("block").get(3);
    Pattern summary = regexOf(apply.path("changed_when").asText());

    assertThat(apply.path("ansible.builtin.command").path("cmd").asText()).isEqualTo("{{ produce_apply }}");
    assertThat(play().path("vars").path("produce_apply").asText()).isEqualTo(
        "{{ ('/usr/local/sbin/produce-apply ' + produce_release) if produce_bundle.signed else './produce' }}");
    assertThat(count(summary, "produce: applied\nproduce: 3 files changed, 1 service reloaded\n")).isEqualTo(3);
    assertThat(count(summary, "produce: 1 file changed, 0 services reloaded\n")).isEqualTo(1);
    assertThat(count(summary, "produce: 0 files changed, 0 services reloaded\n")).isZero();
    Pattern dryRun = regexOf(task("Preview the bundle (check mode changes nothing)").path("block").get(2)
        .path("changed_when").asText());
    assertThat(count(dryRun, "produce: dry run: 2 files would change, 1 service would be reloaded (nginx)")).isEqualTo(2);
  }

  /** Found by the real rollout (FleetRolloutIT): the preview's temporary directory made --check report changes. */
  @Test
  void preview_reportsAChangeOnlyWhenProduceWouldChangeFiles() throws Exception {
    JsonNode preview = task("Preview the bundle (check mode changes nothing)");
    List<String> bookkeeping = new ArrayList<>();
    preview.path("block").forEach(step -> {
      if (!step.has("ansible.builtin.command") && !step.has("ansible.builtin.debug")) {
        bookkeeping.add(step.path("name").asText() + ": " + step.path("changed_when").asText("unset"));
      }
    });
    preview.path("always").forEach(step -> bookkeeping.add(step.path("name").asText() + ": "
        + step.path("changed_when").asText("unset") + ", diff " + step.path("diff").asText("unset")));

    assertThat(bookkeeping).containsExactly("A temporary directory for the preview: false",
        "Unpack the bundle archive into it: false", "Remove the preview: false, diff false");
  }

  private static JsonNode play() throws Exception {
    return YAML.readTree(RolloutFiles.render().get(0).content()).get(0);
  }

  private static JsonNode task(String name) throws Exception {
    for (JsonNode task : play().path("tasks")) {
      if (task.path("name").asText().equals(name)) {
        return task;
      }
    }
    throw new AssertionError("no task " + name);
  }

  /** The regular expression of a {@code regex_search('…', '\\1')} expression. */
  private static Pattern regexOf(String changedWhen) {
    Matcher m = Pattern.compile("regex_search\\('([^']+)'").matcher(changedWhen);
    assertThat(m.find()).as("regex_search in %s", changedWhen).isTrue();
    return Pattern.compile(m.group(1));
  }

  private static int count(Pattern summary, String stdout) {
    Matcher m = summary.matcher(stdout);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }
}
