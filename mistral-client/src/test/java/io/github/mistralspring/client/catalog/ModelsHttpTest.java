package io.github.mistralspring.client.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The models API over HTTP against an in-process WireMock server. */
class ModelsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String FT_ID = "ft:open-mistral-7b:587a6b29:20240514:7e773925";

  /** The id as it appears in a path: the client percent-encodes each path variable strictly. */
  private static final String FT_ID_IN_PATH = FT_ID.replace(":", "%3A");

  private static final String FT_PATH = "/v1/fine_tuning/models/" + FT_ID_IN_PATH;

  private static final String FT_CARD =
      """
      {"id": "%s", "object": "model", "created": 1715700000, "owned_by": "org-1",
       "capabilities": {"completion_chat": true, "fine_tuning": false},
       "name": "my-model", "max_context_length": 32768, "aliases": [],
       "type": "fine-tuned", "job": "job-1", "root": "open-mistral-7b", "archived": false}
      """
          .formatted(FT_ID);

  private static final String LIST =
      """
      {"object": "list", "data": [
        {"id": "mistral-small-latest", "object": "model", "created": 1700000000,
         "owned_by": "mistralai",
         "capabilities": {"completion_chat": true, "function_calling": true, "vision": true,
                          "ocr": false, "telepathy": true},
         "name": "mistral-small-2506", "description": "Small", "max_context_length": 131072,
         "aliases": ["mistral-small-2506"], "deprecation": "2026-12-31T00:00:00Z",
         "deprecation_replacement_model": "mistral-small-2609",
         "default_model_temperature": 0.3, "type": "base"},
        %s,
        {"id": "agent-model", "type": "agent", "capabilities": {"completion_chat": true},
         "owner": "someone"}
      ]}
      """
          .formatted(FT_CARD);

  private MistralClient client;
  private ModelsApi models;

  @BeforeEach
  void createClient() {
    client = client(RetryPolicy.none());
    models = modelsOf(client);
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static MistralClient client(RetryPolicy policy) {
    return server.clientBuilder().retryPolicy(policy).build();
  }

  private static ModelsApi modelsOf(MistralClient client) {
    return client.models();
  }

  private static RetryPolicy fastRetries() {
    return RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(20));
  }

  @Test
  void listsBaseFineTunedAndUnknownCardsWithTheirCapabilities() {
    server.stubFor(
        get("/v1/models")
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .willReturn(okJson(LIST)));

    ModelList list = models.list();

    server.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
    assertThat(list.object()).isEqualTo("list");
    assertThat(list.data())
        .extracting(ModelCard::type)
        .containsExactly("base", "fine-tuned", "agent");
    BaseModelCard base = (BaseModelCard) list.data().get(0);
    assertThat(base.capabilities().completionChat()).isTrue();
    assertThat(base.capabilities().vision()).isTrue();
    assertThat(base.capabilities().ocr()).isFalse();
    assertThat(base.capabilities().audio()).isFalse();
    assertThat(base.capabilities().has("telepathy")).isTrue();
    assertThat(base.capabilities().has("function_calling")).isTrue();
    assertThat(base.maxContextLength()).isEqualTo(131072);
    assertThat(base.aliases()).containsExactly("mistral-small-2506");
    assertThat(base.deprecation()).isEqualTo("2026-12-31T00:00:00Z");
    assertThat(base.deprecationReplacementModel()).isEqualTo("mistral-small-2609");
    assertThat(base.defaultModelTemperature()).isEqualTo(0.3);
    assertThat(base.created()).isEqualTo(1700000000L);

    FineTunedModelCard fineTuned = (FineTunedModelCard) list.data().get(1);
    assertThat(fineTuned.id()).isEqualTo(FT_ID);
    assertThat(fineTuned.job()).isEqualTo("job-1");
    assertThat(fineTuned.root()).isEqualTo("open-mistral-7b");
    assertThat(fineTuned.archived()).isFalse();
    assertThat(fineTuned.capabilities().completionChat()).isTrue();

    UnknownModelCard unknown = (UnknownModelCard) list.data().get(2);
    assertThat(unknown.id()).isEqualTo("agent-model");
    assertThat(unknown.capabilities().completionChat()).isTrue();
    assertThat(unknown.properties()).containsEntry("owner", "someone");
    assertThat(list.find("agent-model")).containsSame(unknown);
  }

  @Test
  void sendsTheListFiltersAsQueryParameters() {
    server.stubFor(get(urlPathEqualTo("/v1/models")).willReturn(okJson("{\"data\": []}")));

    assertThat(models.list("mistral", "small").data()).isEmpty();

    server.verify(1, getRequestedFor(urlEqualTo("/v1/models?provider=mistral&model=small")));
  }

  @Test
  void retrievesOneModelByIdInThePath() {
    server.stubFor(get("/v1/models/" + FT_ID_IN_PATH).willReturn(okJson(FT_CARD)));

    ModelCard card = models.retrieve(FT_ID);

    assertThat(card).isInstanceOf(FineTunedModelCard.class);
    assertThat(card.id()).isEqualTo(FT_ID);
    var requests = server.findAll(getRequestedFor(urlEqualTo("/v1/models/" + FT_ID_IN_PATH)));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @Test
  void deletesAModel() {
    server.stubFor(
        delete("/v1/models/" + FT_ID_IN_PATH)
            .willReturn(
                okJson(
                    "{\"id\": \"%s\", \"object\": \"model\", \"deleted\": true}"
                        .formatted(FT_ID))));

    assertThat(models.delete(FT_ID)).isEqualTo(new Deletion(FT_ID, "model", true));

    var requests = server.findAll(deleteRequestedFor(urlEqualTo("/v1/models/" + FT_ID_IN_PATH)));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
  }

  @Test
  void updatesAFineTunedModelAndReadsTheClassifierItBecame() {
    server.stubFor(
        patch(urlEqualTo(FT_PATH))
            .willReturn(
                okJson(
                    """
                    {"id": "%s", "object": "model", "created": 1715700000, "owned_by": "org-1",
                     "workspace_id": "ws-1", "root": "ministral-3b", "root_version": "2410",
                     "archived": false, "name": "renamed", "description": "new text",
                     "capabilities": {"completion_chat": false, "classification": true},
                     "max_context_length": 32768, "aliases": [], "job": "job-1",
                     "classifier_targets": [{"name": "sentiment", "labels": ["pos", "neg"],
                                             "weight": 1.0, "loss_function": "single_class"}],
                     "model_type": "classifier"}
                    """
                        .formatted(FT_ID))));

    FineTunedModel updated =
        models.update(
            FT_ID,
            FineTunedModelUpdateRequest.builder().name("renamed").description("new text").build());

    var requests = server.findAll(patchRequestedFor(urlEqualTo(FT_PATH)));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(MistralJson.mapper().readTree(requests.get(0).getBodyAsString()))
        .isEqualTo(
            MistralJson.mapper()
                .readTree("{\"name\": \"renamed\", \"description\": \"new text\"}"));
    assertThat(updated).isInstanceOf(ClassifierFineTunedModel.class);
    ClassifierFineTunedModel classifier = (ClassifierFineTunedModel) updated;
    assertThat(classifier.modelType()).isEqualTo("classifier");
    assertThat(classifier.name()).isEqualTo("renamed");
    assertThat(classifier.capabilities().classification()).isTrue();
    assertThat(classifier.classifierTargets())
        .containsExactly(
            new ClassifierTarget(
                "sentiment", List.of("pos", "neg"), 1.0, ClassifierLossFunction.SINGLE_CLASS));
  }

  @Test
  void sendsOnlyTheChangedFieldAndReadsACompletionModelOrAnUnknownOne() {
    server.stubFor(
        patch(urlEqualTo(FT_PATH))
            .inScenario("types")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                okJson(
                    "{\"id\": \"%s\", \"model_type\": \"completion\", \"root\": \"r\"}"
                        .formatted(FT_ID)))
            .willSetStateTo("second"));
    server.stubFor(
        patch(urlEqualTo(FT_PATH))
            .inScenario("types")
            .whenScenarioStateIs("second")
            .willReturn(
                okJson(
                    "{\"id\": \"%s\", \"model_type\": \"reranker\", \"x\": 1}".formatted(FT_ID))));

    FineTunedModel completion = models.update(FT_ID, FineTunedModelUpdateRequest.ofName("n"));
    FineTunedModel unknown = models.update(FT_ID, FineTunedModelUpdateRequest.ofDescription("d"));

    assertThat(completion).isInstanceOf(CompletionFineTunedModel.class);
    assertThat(((CompletionFineTunedModel) completion).root()).isEqualTo("r");
    assertThat(unknown).isInstanceOf(UnknownFineTunedModel.class);
    assertThat(unknown.modelType()).isEqualTo("reranker");
    assertThat(((UnknownFineTunedModel) unknown).properties()).containsEntry("x", 1);
    var bodies =
        server.findAll(patchRequestedFor(urlEqualTo(FT_PATH))).stream()
            .map(request -> MistralJson.mapper().readTree(request.getBodyAsString()))
            .toList();
    assertThat(bodies)
        .containsExactly(
            MistralJson.mapper().readTree("{\"name\": \"n\"}"),
            MistralJson.mapper().readTree("{\"description\": \"d\"}"));
  }

  @Test
  void archivesAndUnarchivesAFineTunedModel() {
    server.stubFor(
        post(FT_PATH + "/archive")
            .willReturn(
                okJson(
                    "{\"id\": \"%s\", \"object\": \"model\", \"archived\": true}"
                        .formatted(FT_ID))));
    server.stubFor(
        delete(FT_PATH + "/archive")
            .willReturn(
                okJson(
                    "{\"id\": \"%s\", \"object\": \"model\", \"archived\": false}"
                        .formatted(FT_ID))));

    assertThat(models.archive(FT_ID)).isEqualTo(new Archival(FT_ID, "model", true));
    assertThat(models.unarchive(FT_ID)).isEqualTo(new Archival(FT_ID, "model", false));

    var archive = server.findAll(postRequestedFor(urlEqualTo(FT_PATH + "/archive")));
    var unarchive = server.findAll(deleteRequestedFor(urlEqualTo(FT_PATH + "/archive")));
    assertThat(archive).hasSize(1);
    assertThat(unarchive).hasSize(1);
    assertThat(archive.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(unarchive.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(archive.get(0).getBodyAsString()).isEmpty();
  }

  @Test
  void neverRetriesAnUpdateOrAnArchiveAfterAServerError() {
    server.stubFor(patch(urlEqualTo(FT_PATH)).willReturn(aResponse().withStatus(503)));
    server.stubFor(post(FT_PATH + "/archive").willReturn(aResponse().withStatus(503)));
    server.stubFor(delete(FT_PATH + "/archive").willReturn(aResponse().withStatus(503)));

    try (MistralClient retrying = client(fastRetries())) {
      ModelsApi api = modelsOf(retrying);
      assertThatThrownBy(() -> api.update(FT_ID, FineTunedModelUpdateRequest.ofName("n")))
          .isInstanceOf(MistralServerException.class);
      assertThatThrownBy(() -> api.archive(FT_ID)).isInstanceOf(MistralServerException.class);
      assertThatThrownBy(() -> api.unarchive(FT_ID)).isInstanceOf(MistralServerException.class);
    }
    server.verify(1, patchRequestedFor(urlEqualTo(FT_PATH)));
    server.verify(1, postRequestedFor(urlEqualTo(FT_PATH + "/archive")));
    server.verify(1, deleteRequestedFor(urlEqualTo(FT_PATH + "/archive")));
  }

  @Test
  void retriesTheListAfterAServerError() {
    server.stubFor(
        get("/v1/models")
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(503))
            .willSetStateTo("recovered"));
    server.stubFor(
        get("/v1/models")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(LIST)));

    try (MistralClient retrying = client(fastRetries())) {
      assertThat(modelsOf(retrying).list().data()).hasSize(3);
    }
    server.verify(2, getRequestedFor(urlEqualTo("/v1/models")));
  }

  @Test
  void refusesABlankModelId() {
    assertThatThrownBy(() -> models.retrieve(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("modelId");
  }
}
