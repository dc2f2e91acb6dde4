package io.github.mistralspring.client.classifiers;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.SystemMessage;
import io.github.mistralspring.client.model.UserMessage;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Moderations and classifications over HTTP against an in-process WireMock server. */
class ClassifiersHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String MODERATION_RESPONSE =
      """
      {"id": "mod-1", "model": "mistral-moderation-2411", "results": [
        {"categories": {"sexual": false, "hate_and_discrimination": true, "pii": false,
                        "brand_new_category": true},
         "category_scores": {"sexual": 0.001, "hate_and_discrimination": 0.91, "pii": 0.02,
                             "brand_new_category": 0.77}},
        {"categories": {"sexual": false}, "category_scores": {"sexual": 0.0}}
      ]}
      """;

  private static final String CLASSIFICATION_RESPONSE =
      """
      {"id": "cls-1", "model": "ft:classifier:abc", "results": [
        {"sentiment": {"scores": {"positive": 0.8, "negative": 0.2}},
         "topic": {"scores": {"sport": 0.1, "politics": 0.9}}},
        {"sentiment": {"scores": {"positive": 0.3, "negative": 0.7}}}
      ]}
      """;

  private final MistralClient client = server.client();
  private final ClassifiersApi classifiers = client.classifiers();

  private static JsonNode sentBody(String path) {
    var requests = server.findAll(postRequestedFor(urlEqualTo(path)));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(requests.get(0).getHeader("Content-Type")).startsWith("application/json");
    return tree(requests.get(0).getBodyAsString());
  }

  @Test
  void moderatesTextsAndReadsCategoriesTheClientDoesNotKnow() {
    server.stubFor(
        post("/v1/moderations")
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .willReturn(okJson(MODERATION_RESPONSE)));

    ModerationResponse response =
        classifiers.moderate(
            ClassificationRequest.builder()
                .model("mistral-moderation-latest")
                .input(List.of("first text", "second text"))
                .metadata(Map.of("team", "a"))
                .build());

    assertThat(sentBody("/v1/moderations"))
        .isEqualTo(
            tree(
                """
                {"model": "mistral-moderation-latest",
                 "input": ["first text", "second text"],
                 "metadata": {"team": "a"}}
                """));
    assertThat(response.id()).isEqualTo("mod-1");
    assertThat(response.model()).isEqualTo("mistral-moderation-2411");
    assertThat(response.flagged()).isTrue();
    ModerationResult first = response.results().get(0);
    assertThat(first.categories())
        .containsEntry(ModerationCategories.HATE_AND_DISCRIMINATION, true)
        .containsEntry("brand_new_category", true)
        .containsKeys(ModerationCategories.SEXUAL, ModerationCategories.PII);
    assertThat(first.categoryScores()).containsEntry("brand_new_category", 0.77);
    assertThat(first.score(ModerationCategories.HATE_AND_DISCRIMINATION)).isEqualTo(0.91);
    assertThat(first.flagged(ModerationCategories.SEXUAL)).isFalse();
    assertThat(response.results().get(1).flagged()).isFalse();
  }

  @Test
  void sendsASingleTextAsAString() {
    server.stubFor(post("/v1/moderations").willReturn(okJson(MODERATION_RESPONSE)));

    classifiers.moderate(ClassificationRequest.of("mistral-moderation-latest", "just one"));

    assertThat(sentBody("/v1/moderations"))
        .isEqualTo(tree("{\"model\": \"mistral-moderation-latest\", \"input\": \"just one\"}"));
  }

  @Test
  void moderatesAChat() {
    server.stubFor(post("/v1/chat/moderations").willReturn(okJson(MODERATION_RESPONSE)));

    ModerationResponse response =
        classifiers.moderateChat(
            ChatModerationRequest.of(
                "mistral-moderation-latest",
                List.of(
                    SystemMessage.of("Be nice."),
                    UserMessage.of("Hello"),
                    AssistantMessage.of("Hi!"))));

    assertThat(sentBody("/v1/chat/moderations"))
        .isEqualTo(
            tree(
                """
                {"model": "mistral-moderation-latest",
                 "input": [{"role": "system", "content": "Be nice."},
                           {"role": "user", "content": "Hello"},
                           {"role": "assistant", "content": "Hi!"}]}
                """));
    assertThat(response.results()).hasSize(2);
  }

  @Test
  void moderatesSeveralChatsAsAListOfLists() {
    server.stubFor(post("/v1/chat/moderations").willReturn(okJson(MODERATION_RESPONSE)));

    classifiers.moderateChat(
        ChatModerationRequest.builder()
            .model("mistral-moderation-latest")
            .addConversation(List.of(UserMessage.of("one")))
            .addConversation(List.of(UserMessage.of("two"), AssistantMessage.of("three")))
            .build());

    assertThat(sentBody("/v1/chat/moderations"))
        .isEqualTo(
            tree(
                """
                {"model": "mistral-moderation-latest",
                 "input": [[{"role": "user", "content": "one"}],
                           [{"role": "user", "content": "two"},
                            {"role": "assistant", "content": "three"}]]}
                """));
  }

  @Test
  void classifiesTextsWithAResultPerTarget() {
    server.stubFor(post("/v1/classifications").willReturn(okJson(CLASSIFICATION_RESPONSE)));

    ClassificationResponse response =
        classifiers.classify(
            ClassificationRequest.of("ft:classifier:abc", List.of("great match", "awful day")));

    assertThat(sentBody("/v1/classifications"))
        .isEqualTo(
            tree(
                """
                {"model": "ft:classifier:abc", "input": ["great match", "awful day"]}
                """));
    assertThat(response.id()).isEqualTo("cls-1");
    assertThat(response.results()).hasSize(2);
    Map<String, ClassificationTargetResult> first = response.results().get(0);
    assertThat(first).containsOnlyKeys("sentiment", "topic");
    assertThat(first.get("sentiment").scores()).containsEntry("positive", 0.8);
    assertThat(first.get("topic").topLabel()).contains("politics");
    assertThat(response.results().get(1).get("sentiment").topLabel()).contains("negative");
  }

  @Test
  void classifiesAChatSentAsOneInstructRequest() {
    server.stubFor(post("/v1/chat/classifications").willReturn(okJson(CLASSIFICATION_RESPONSE)));

    ClassificationResponse response =
        classifiers.classifyChat(
            ChatClassificationRequest.of(
                "ft:classifier:abc",
                List.of(UserMessage.of("Who won?"), AssistantMessage.of("We did"))));

    assertThat(sentBody("/v1/chat/classifications"))
        .isEqualTo(
            tree(
                """
                {"model": "ft:classifier:abc",
                 "input": {"messages": [{"role": "user", "content": "Who won?"},
                                        {"role": "assistant", "content": "We did"}]}}
                """));
    assertThat(response.results().get(0).get("topic").scores()).containsEntry("sport", 0.1);
  }

  @Test
  void classifiesSeveralChatsSentAsAList() {
    server.stubFor(post("/v1/chat/classifications").willReturn(okJson(CLASSIFICATION_RESPONSE)));

    classifiers.classifyChat(
        ChatClassificationRequest.builder()
            .model("ft:classifier:abc")
            .addConversation(List.of(UserMessage.of("a")))
            .addConversation(List.of(UserMessage.of("b")))
            .extraBody("truncate", true)
            .build());

    assertThat(sentBody("/v1/chat/classifications"))
        .isEqualTo(
            tree(
                """
                {"model": "ft:classifier:abc",
                 "input": [{"messages": [{"role": "user", "content": "a"}]},
                           {"messages": [{"role": "user", "content": "b"}]}],
                 "truncate": true}
                """));
  }

  @Test
  void requestsNameTheMissingRequiredField() {
    assertThatThrownBy(
            () -> classifiers.classify(ClassificationRequest.builder().input("x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ClassificationRequest.model")
        .hasMessageContaining("classifier");
    assertThatThrownBy(() -> ClassificationRequest.builder().model("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ClassificationRequest.input");
    assertThatThrownBy(() -> ChatModerationRequest.builder().model("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ChatModerationRequest.input");
    assertThatThrownBy(
            () ->
                ChatClassificationRequest.builder().messages(List.of(UserMessage.of("x"))).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ChatClassificationRequest.model");
  }
}
