package io.github.mistralspring.client.classifiers;

import static io.github.mistralspring.client.model.JsonTrees.assertWritesAs;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.model.UserMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the requests of the classifiers group share: accessors, builder settings, checks. */
class ClassifierRequestsTest {

  @Test
  void everyRequestOfTheGroupIsReadThroughTheSharedType() {
    List<ClassifierParameters<?>> requests =
        List.of(
            ClassificationRequest.builder().model("a").input("x").extraBody("k", 1).build(),
            ChatModerationRequest.builder()
                .model("b")
                .messages(List.of(UserMessage.of("x")))
                .extraBody("k", 2)
                .build(),
            ChatClassificationRequest.builder()
                .model("c")
                .messages(List.of(UserMessage.of("x")))
                .extraBody("k", 3)
                .build());

    assertThat(requests).extracting(ClassifierParameters::model).containsExactly("a", "b", "c");
    assertThat(requests)
        .extracting(request -> request.extraBody().get("k"))
        .containsExactly(1, 2, 3);
    assertThat(requests).extracting(ClassifierParameters::input).doesNotContainNull();
  }

  @Test
  void conversationsAddedReplaceTheInputSetBeforeAndAnInputSetAfterReplacesThem() {
    ChatModerationRequest moderation =
        ChatModerationRequest.builder()
            .messages(List.of(UserMessage.of("dropped")))
            .addConversation(List.of(UserMessage.of("a")))
            .addConversation(List.of(UserMessage.of("b")))
            .build();
    assertWritesAs(
        moderation,
        tree(
            """
            {"input": [[{"role": "user", "content": "a"}], [{"role": "user", "content": "b"}]]}
            """));

    ChatClassificationRequest classification =
        ChatClassificationRequest.builder()
            .model("m")
            .addConversation(List.of(UserMessage.of("dropped")))
            .messages(List.of(UserMessage.of("kept")))
            .build();
    assertWritesAs(
        classification,
        tree(
            """
            {"model": "m", "input": {"messages": [{"role": "user", "content": "kept"}]}}
            """));
  }

  @Test
  void aConversationWithoutMessagesIsRefusedByBothChatBuilders() {
    assertThatThrownBy(() -> ChatModerationRequest.builder().addConversation(List.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ChatModerationRequest.input is required: set it with builder().messages(...)");
    assertThatThrownBy(
            () ->
                ChatClassificationRequest.builder()
                    .model("m")
                    .addConversation(List.of(UserMessage.of("a")))
                    .addConversation(List.of())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "ChatClassificationRequest.input is required: set it with builder().messages(...)");
  }

  @Test
  void theMetadataSetIsCopiedSoLaterChangesToTheMapDoNotReachTheRequest() {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("team", "trust");
    ClassificationRequest.Builder builder =
        ClassificationRequest.builder().input("x").metadata(metadata);
    metadata.put("added", "later");

    assertThat(builder.build().metadata()).containsExactly(Map.entry("team", "trust"));
  }

  @Test
  void toBuilderKeepsTheModelTheInputAndTheExtraBodyOfAModeration() {
    ChatModerationRequest original =
        ChatModerationRequest.builder()
            .addConversation(List.of(UserMessage.of("a")))
            .extraBody("x_flag", true)
            .build();

    ChatModerationRequest changed = original.toBuilder().model("mistral-moderation-2411").build();

    assertThat(changed.model()).isEqualTo("mistral-moderation-2411");
    assertThat(changed.input()).isEqualTo(original.input());
    assertThat(changed.extraBody()).isEqualTo(Map.of("x_flag", true));
    assertThat(changed.withModel(null)).isEqualTo(original);
  }
}
