package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.catalog.BaseModelCard;
import io.github.mistralspring.client.catalog.ModelList;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.model.UsageInfo;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

/** The client's JSON types are registered for reflection, for native images. */
class MistralRuntimeHintsTests {

  private final RuntimeHints hints = new RuntimeHints();

  MistralRuntimeHintsTests() {
    new MistralRuntimeHints().registerHints(hints, getClass().getClassLoader());
  }

  @Test
  void registersTheRequestAndResponseTypes() {
    for (Class<?> type :
        new Class<?>[] {
          ChatCompletionRequest.class,
          ChatCompletionResponse.class,
          CompletionChunk.class,
          EmbeddingResponse.class,
          UsageInfo.class,
          ModelList.class,
          BaseModelCard.class
        }) {
      assertThat(RuntimeHintsPredicates.reflection().onType(type))
          .as(type.getName())
          .accepts(hints);
    }
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onType(UsageInfo.class)
                .withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
        .accepts(hints);
  }

  @Test
  void leavesOutTheEngineAndTheApiGroups() {
    assertThat(MistralRuntimeHints.isBound("io.github.mistralspring.client.chat.ReactiveChatApi"))
        .isFalse();
    assertThat(
            MistralRuntimeHints.isBound("io.github.mistralspring.client.internal.MistralTransport"))
        .isFalse();
    assertThat(
            MistralRuntimeHints.isBound(
                "io.github.mistralspring.client.error.MistralServerException"))
        .isFalse();
    assertThat(MistralRuntimeHints.isBound("io.github.mistralspring.client.chat.CompletionChunk"))
        .isTrue();
  }
}
