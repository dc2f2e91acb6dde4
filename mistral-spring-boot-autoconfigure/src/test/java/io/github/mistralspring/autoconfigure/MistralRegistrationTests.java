package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.internal.DefaultModels;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files through which Spring Boot finds the auto-configuration, its analyzer and its help. */
class MistralRegistrationTests {

  private static final List<String> DOCUMENTED_PROPERTIES =
      List.of(
          "mistral.enabled",
          "mistral.api-key",
          "mistral.base-url",
          "mistral.connect-timeout",
          "mistral.response-timeout",
          "mistral.stream-idle-timeout",
          "mistral.write-timeout",
          "mistral.call-timeout",
          "mistral.max-in-memory-size",
          "mistral.max-event-size",
          "mistral.compression",
          "mistral.retry.enabled",
          "mistral.retry.max-attempts",
          "mistral.retry.initial-backoff",
          "mistral.retry.max-backoff",
          "mistral.retry.jitter",
          "mistral.retry.max-retry-after",
          "mistral.pool.max-connections",
          "mistral.pool.max-pending-acquires",
          "mistral.pool.pending-acquire-timeout",
          "mistral.pool.max-idle-time",
          "mistral.chat.model",
          "mistral.fim.model",
          "mistral.embeddings.model",
          "mistral.moderation.model",
          "mistral.ocr.model");

  private final ClassLoader classLoader = getClass().getClassLoader();

  @Test
  void registersTheAutoConfigurationInTheImportsFile() {
    List<String> candidates = new ArrayList<>();
    ImportCandidates.load(AutoConfiguration.class, classLoader).forEach(candidates::add);
    assertThat(candidates).contains(MistralAutoConfiguration.class.getName());
  }

  @Test
  void registersTheFailureAnalyzerInSpringFactories() {
    List<FailureAnalyzer> analyzers =
        SpringFactoriesLoader.forResourceLocation("META-INF/spring.factories", classLoader)
            // Boot's own analyzers need constructor arguments: skip those, keep ours.
            .load(
                FailureAnalyzer.class,
                null,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));
    assertThat(analyzers).hasAtLeastOneElementOfType(MistralApiKeyFailureAnalyzer.class);
  }

  @Test
  void describesEveryPropertyInTheConfigurationMetadata() throws IOException {
    Map<String, JsonNode> properties = mistralMetadataProperties();
    assertThat(properties).containsKeys(DOCUMENTED_PROPERTIES.toArray(String[]::new));
    properties.forEach(
        (name, property) ->
            assertThat(property.path("description").asString(""))
                .as("description of %s", name)
                .isNotBlank());
  }

  @Test
  void publishesTheTypesAndDefaultsOfKeyProperties() throws IOException {
    Map<String, JsonNode> properties = mistralMetadataProperties();
    assertThat(properties.get("mistral.base-url").path("defaultValue").asString(""))
        .isEqualTo("https://api.mistral.ai");
    assertThat(properties.get("mistral.max-in-memory-size").path("type").asString(""))
        .isEqualTo("org.springframework.util.unit.DataSize");
    assertThat(properties.get("mistral.retry.max-attempts").path("defaultValue").asInt(-1))
        .isEqualTo(3);
    assertThat(properties.get("mistral.pool.max-connections").path("defaultValue").asInt(-1))
        .isEqualTo(500);
  }

  @Test
  void eachDefaultModelHasItsOwnDescriptionTheClientsDefaultAndHints() throws IOException {
    Map<String, JsonNode> properties = mistralMetadataProperties();
    Map<String, JsonNode> hints = mistralMetadata("hints");
    Map<String, String> defaults =
        Map.of(
            "mistral.chat.model", DefaultModels.CHAT,
            "mistral.fim.model", DefaultModels.FIM,
            "mistral.embeddings.model", DefaultModels.EMBEDDINGS,
            "mistral.moderation.model", DefaultModels.MODERATION,
            "mistral.ocr.model", DefaultModels.OCR);
    Set<String> descriptions = new HashSet<>();
    defaults.forEach(
        (name, model) -> {
          JsonNode property = properties.get(name);
          assertThat(property).as(name).isNotNull();
          assertThat(property.path("defaultValue").asString("")).as(name).isEqualTo(model);
          descriptions.add(property.path("description").asString(""));
          List<String> hinted = new ArrayList<>();
          hints
              .get(name)
              .path("values")
              .forEach(value -> hinted.add(value.path("value").asString()));
          assertThat(hinted).as("hints of %s", name).contains(model);
        });
    assertThat(descriptions).as("one description per API group").hasSize(defaults.size());
  }

  /** The mistral.* properties of every metadata file on the class path, by name. */
  private Map<String, JsonNode> mistralMetadataProperties() throws IOException {
    return mistralMetadata("properties");
  }

  /** The mistral.* entries of one kind (properties, hints) of every metadata file, by name. */
  private Map<String, JsonNode> mistralMetadata(String kind) throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, JsonNode> found = new HashMap<>();
    for (URL url :
        Collections.list(classLoader.getResources("META-INF/spring-configuration-metadata.json"))) {
      try (InputStream in = url.openStream()) {
        for (JsonNode entry : mapper.readTree(in).path(kind)) {
          String name = entry.path("name").asString("");
          if (name.startsWith("mistral.")) {
            found.put(name, entry);
          }
        }
      }
    }
    return found;
  }
}
