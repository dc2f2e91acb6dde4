package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * The value behind {@link TranscriptionRequest}: a record, for equality; package-private, so that
 * its constructor can grow without breaking callers. The form sent is written from its accessors.
 */
record TranscriptionRequestValue(
    @Nullable String model,
    @Nullable Resource file,
    @Nullable String filename,
    @Nullable String fileUrl,
    @Nullable String fileId,
    @Nullable String language,
    @Nullable Double temperature,
    @Nullable Boolean diarize,
    List<String> contextBias,
    List<TimestampGranularity> timestampGranularities,
    Map<String, String> extraFields)
    implements TranscriptionRequest {

  /** Keeps the lists and the extra fields read-only; an absent one becomes empty. */
  TranscriptionRequestValue {
    contextBias = contextBias == null ? List.of() : List.copyOf(contextBias);
    timestampGranularities =
        timestampGranularities == null ? List.of() : List.copyOf(timestampGranularities);
    extraFields = ReadOnly.map(extraFields);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Names the fields that are set, never the audio's content. */
  @Override
  public String toString() {
    return "TranscriptionRequest[model="
        + model
        + (file != null ? ", file=" + filename : "")
        + (fileUrl != null ? ", fileUrl=" + fileUrl : "")
        + (fileId != null ? ", fileId=" + fileId : "")
        + (language != null ? ", language=" + language : "")
        + (temperature != null ? ", temperature=" + temperature : "")
        + (diarize != null ? ", diarize=" + diarize : "")
        + (contextBias.isEmpty() ? "" : ", contextBias=" + contextBias)
        + (timestampGranularities.isEmpty()
            ? ""
            : ", timestampGranularities=" + timestampGranularities)
        + (extraFields.isEmpty() ? "" : ", extraFields=" + extraFields.keySet())
        + "]";
  }
}
