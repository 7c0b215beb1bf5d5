package dev.produce.format.inventory;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.produce.model.Excerpt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads an Ansible YAML inventory (the format of Ansible's {@code yaml} inventory plugin) with Jackson:
 * every top-level key is a group (a child of {@code all} unless it is {@code all}); a group is a mapping
 * of {@code hosts} (host name → its variables or nothing), {@code children} (group name → a group) and
 * {@code vars} (name → value). A group defined under several parents is one group, its definitions
 * merged. Stricter than Ansible where Ansible only warns: an unknown key in a group, a duplicate key,
 * a host range ({@code web-[01:50]}), a cycle of groups and a non-numeric {@code ansible_group_priority}
 * are refused, with one line naming the group or host.
 */
public final class InventoryReader {
  /** The largest inventory read, in characters. */
  public static final int MAX_CHARS = 32 * 1024 * 1024;

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
      .build());
  private static final Set<String> GROUP_KEYS = Set.of("hosts", "children", "vars");
  private static final String PRIORITY = "ansible_group_priority";

  private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
  private final Map<String, Map<String, InventoryValue>> hostVars = new LinkedHashMap<>();

  private InventoryReader() {}

  /** Reads the inventory file {@code file}. */
  public static Inventory read(Path file) throws IOException {
    if (Files.size(file) > MAX_CHARS) {
      throw new InvalidInventoryException(file + ": larger than " + MAX_CHARS / (1024 * 1024) + " MB");
    }
    return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Reads inventory text; {@code source} names it in errors. */
  public static Inventory read(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidInventoryException(source + ": not valid YAML: " + Excerpt.of(e.getOriginalMessage(), 200)
          + Optional.ofNullable(e.getLocation()).map(at -> " (line " + at.getLineNr() + ")").orElse(""));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new InvalidInventoryException(source + ": is empty; an inventory is a mapping of groups, e.g. all: {hosts: …}");
    }
    if (!root.isObject()) {
      throw new InvalidInventoryException(source + ": must be a mapping of groups (all:, webservers:, …), was a "
          + kind(root));
    }
    InventoryReader reader = new InventoryReader();
    reader.draft(Inventory.ALL);
    for (Map.Entry<String, JsonNode> group : iterable(root)) {
      reader.readGroup(group.getKey(), group.getValue());
      if (!group.getKey().equals(Inventory.ALL)) {
        reader.draft(Inventory.ALL).children.add(group.getKey());
      }
    }
    if (reader.hostVars.isEmpty()) {
      throw new InvalidInventoryException(source + ": lists no host");
    }
    return reader.build();
  }

  private void readGroup(String name, JsonNode node) {
    checkName("group", name);
    GroupDraft group = draft(name);
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw new InvalidInventoryException("group " + name + ": must be a mapping of hosts, children and vars, was a "
          + kind(node));
    }
    for (Map.Entry<String, JsonNode> entry : iterable(node)) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (!GROUP_KEYS.contains(key)) {
        throw new InvalidInventoryException("group " + name + ": unknown key '" + Excerpt.of(key)
            + "'; a group holds only hosts, children and vars");
      }
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isObject()) {
        throw new InvalidInventoryException("group " + name + ": " + key + " must be a mapping, was a " + kind(value));
      }
      switch (key) {
        case "vars" -> group.vars.putAll(values(value));
        case "hosts" -> {
          for (Map.Entry<String, JsonNode> host : iterable(value)) {
            readHost(name, host.getKey(), host.getValue());
            group.hosts.add(host.getKey());
          }
        }
        default -> {
          for (Map.Entry<String, JsonNode> child : iterable(value)) {
            readGroup(child.getKey(), child.getValue());
            group.children.add(child.getKey());
          }
        }
      }
    }
  }

  private void readHost(String group, String host, JsonNode vars) {
    checkName("host", host);
    if (host.contains("[")) {
      throw new InvalidInventoryException("host " + Excerpt.of(host) + " (group " + group
          + "): host ranges like web-[01:50] are not supported; list each host");
    }
    Map<String, InventoryValue> own = hostVars.computeIfAbsent(host, h -> new LinkedHashMap<>());
    if (vars == null || vars.isNull()) {
      return;
    }
    if (!vars.isObject()) {
      throw new InvalidInventoryException("host " + host + " (group " + group + "): its variables must be a mapping,"
          + " was a " + kind(vars));
    }
    own.putAll(values(vars));
  }

  private static void checkName(String what, String name) {
    if (name.isBlank()) {
      throw new InvalidInventoryException("a " + what + " has an empty name");
    }
  }

  private GroupDraft draft(String name) {
    return groups.computeIfAbsent(name, GroupDraft::new);
  }

  private Inventory build() {
    Map<String, Integer> depths = new LinkedHashMap<>();
    depth(Inventory.ALL, 0, depths, new ArrayList<>());
    Map<String, InventoryGroup> built = new LinkedHashMap<>();
    for (GroupDraft g : groups.values()) {
      built.put(g.name, new InventoryGroup(g.name, g.vars, new ArrayList<>(g.children), new ArrayList<>(g.hosts),
          depths.getOrDefault(g.name, 1), priority(g)));
    }
    return new Inventory(built, hostVars);
  }

  /** Ansible's depth: the longest path from {@code all}; a path through a group twice is a cycle. */
  private void depth(String name, int depth, Map<String, Integer> depths, List<String> path) {
    if (path.contains(name)) {
      throw new InvalidInventoryException("group " + name + ": is its own descendant (" + String.join(" → ", path)
          + " → " + name + ")");
    }
    if (depths.getOrDefault(name, -1) >= depth) {
      return;
    }
    depths.put(name, depth);
    path.add(name);
    for (String child : groups.get(name).children) {
      depth(child, depth + 1, depths, path);
    }
    path.remove(path.size() - 1);
  }

  private static int priority(GroupDraft group) {
    InventoryValue value = group.vars.get(PRIORITY);
    if (value == null) {
      return 1;
    }
    String text = value.text().orElse("");
    if (!text.matches("[-+]?\\d{1,9}")) {
      throw new InvalidInventoryException("group " + group.name + ": " + PRIORITY + " must be a whole number, was '"
          + Excerpt.of(text) + "'");
    }
    return Integer.parseInt(text);
  }

  private static Map<String, InventoryValue> values(JsonNode mapping) {
    Map<String, InventoryValue> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : iterable(mapping)) {
      JsonNode v = entry.getValue();
      Optional<String> text = v == null || !v.isValueNode() || v.isNull() ? Optional.empty() : Optional.of(v.asText());
      values.put(entry.getKey(), new InventoryValue(text, kind(v)));
    }
    return values;
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "null";
    }
    return node.isObject() ? "mapping" : node.isArray() ? "list" : node.isBoolean() ? "boolean"
        : node.isNumber() ? "number" : "string";
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node::fields;
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARS);
    return options;
  }

  /** A group while the file is read: its definitions accumulate here. */
  private static final class GroupDraft {
    final String name;
    final Map<String, InventoryValue> vars = new LinkedHashMap<>();
    final Set<String> children = new LinkedHashSet<>();
    final Set<String> hosts = new LinkedHashSet<>();

    GroupDraft(String name) {
      this.name = name;
    }
  }
}
