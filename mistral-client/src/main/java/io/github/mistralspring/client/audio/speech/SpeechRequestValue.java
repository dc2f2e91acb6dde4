package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link SpeechRequest}: a record, for equality and JSON; package-private, so that
 * its constructor can grow without breaking callers.
 */
record SpeechRequestValue(
    @Nullable String model,
    String input,
    @JsonProperty("voice_id") @Nullable String voiceId,
    @JsonProperty("ref_audio") @Nullable String refAudio,
    @JsonProperty("response_format") @Nullable SpeechFormat responseFormat,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements SpeechRequest {

  /** Checks the text is present and keeps the extra body read-only; an absent map becomes empty. */
  SpeechRequestValue {
    Objects.requireNonNull(input, "input");
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Names the fields, never the text's or the reference clip's content. */
  @Override
  public String toString() {
    return "SpeechRequest[model="
        + model
        + ", input="
        + input.length()
        + " characters"
        + (voiceId != null ? ", voiceId=" + voiceId : "")
        + (refAudio != null ? ", refAudio=" + refAudio.length() + " base64 characters" : "")
        + (responseFormat != null ? ", responseFormat=" + responseFormat : "")
        + (extraBody.isEmpty() ? "" : ", extraBody=" + extraBody.keySet())
        + "]";
  }
}
