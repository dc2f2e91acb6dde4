package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One event of a streamed completion (chat, FIM or agents): a delta per choice, and the usage on
 * the last event.
 *
 * @param id the completion's id, the same on every chunk; absent when not reported
 * @param object the object type, {@code chat.completion.chunk}; absent when not reported
 * @param created when the completion was created, in seconds since the epoch; absent when not
 *     reported
 * @param model the model that answers; absent when not reported
 * @param usage the tokens used, usually only on the last chunk; absent on the others
 * @param choices the deltas of this chunk, by choice; empty when there are none
 */
@JsonDeserialize(using = CompletionChunkDeserializer.Chunk.class)
public record CompletionChunk(
    @Nullable String id,
    @Nullable String object,
    @Nullable Long created,
    @Nullable String model,
    @Nullable UsageInfo usage,
    List<CompletionResponseStreamChoice> choices) {

  /**
   * Keeps the choices read-only; absent choices read as none.
   *
   * @param id the completion's id; absent when not reported
   * @param object the object type, {@code chat.completion.chunk}; absent when not reported
   * @param created when the completion was created, in seconds since the epoch; absent when not
   *     reported
   * @param model the model that answers; absent when not reported
   * @param usage the tokens used; absent on all but the last chunk
   * @param choices the deltas of this chunk, by choice; absent reads as none
   */
  public CompletionChunk {
    // Absent entries (a null in the array) are dropped, as they carry nothing.
    choices = ReadOnly.withoutNulls(choices);
  }

  /**
   * The text this chunk adds to the first choice (thinking excluded).
   *
   * @return the added text; empty when the chunk adds none
   */
  public String deltaText() {
    if (choices.isEmpty()) {
      return "";
    }
    DeltaMessage delta = choices.get(0).delta();
    if (delta == null || delta.content() == null) {
      return "";
    }
    String text = delta.content().text();
    return text == null ? "" : text;
  }
}
