package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata cannot list the properties of a map's values, so the settings of
 * mistral.clients.NAME.* are described on the map itself, and the map's keys carry a hint.
 */
class NamedClientsMetadataTests {

  private static JsonNode metadata() throws IOException {
    // This module's own file, generated from MistralProperties and the additional metadata.
    JsonMapper mapper = JsonMapper.builder().build();
    for (URL url :
        Collections.list(
            NamedClientsMetadataTests.class
                .getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        JsonNode metadata = mapper.readTree(in);
        for (JsonNode group : metadata.path("groups")) {
          if (group.path("name").asString("").equals("mistral")) {
            return metadata;
          }
        }
      }
    }
    throw new AssertionError("No configuration metadata with the mistral group");
  }

  private static JsonNode named(JsonNode entries, String name) {
    for (JsonNode entry : entries) {
      if (entry.path("name").asString("").equals(name)) {
        return entry;
      }
    }
    throw new AssertionError("No metadata entry " + name);
  }

  /** The settings a named client accepts, from its class: api-key, ..., retry.max-attempts. */
  private static List<String> namedClientSettings() {
    List<String> settings = new ArrayList<>(settingsOf(MistralProperties.Client.class, ""));
    settings.addAll(settingsOf(MistralProperties.ClientRetry.class, "retry."));
    return settings;
  }

  private static List<String> settingsOf(Class<?> type, String prefix) {
    List<String> settings = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && method.getName().startsWith("set")
          && method.getParameterCount() == 1) {
        settings.add(prefix + kebabCase(method.getName().substring(3)));
      }
    }
    return settings;
  }

  private static String kebabCase(String property) {
    return property.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  @Test
  void describesEverySettingOfANamedClientOnTheMap() throws IOException {
    JsonNode clients = named(metadata().path("properties"), "mistral.clients");

    assertThat(clients.path("type").asString(""))
        .isEqualTo(
            "java.util.Map<java.lang.String,io.github.mistralspring.autoconfigure"
                + ".MistralProperties$Client>");
    List<String> settings = namedClientSettings();
    assertThat(settings)
        .contains("api-key", "base-url", "response-timeout", "retry.max-attempts")
        .hasSize(11);
    String description = clients.path("description").asString("");
    assertThat(settings)
        .allSatisfy(
            setting ->
                assertThat(description).as("description of mistral.clients").contains(setting));
    assertThat(description)
        .contains("mistral.clients.billing.api-key")
        .contains("billingMistralClient")
        .contains("billingReactiveMistralClient");
  }

  @Test
  void hintsThatAnyNameIsAKeyAndWhatItRegisters() throws IOException {
    JsonNode keys = named(metadata().path("hints"), "mistral.clients.keys");

    assertThat(keys.path("providers").get(0).path("name").asString("")).isEqualTo("any");
    JsonNode example = keys.path("values").get(0);
    assertThat(example.path("value").asString("")).isEqualTo("billing");
    assertThat(example.path("description").asString(""))
        .contains("any name")
        .contains("billingMistralClient")
        .contains("billingReactiveMistralClient");
  }
}
