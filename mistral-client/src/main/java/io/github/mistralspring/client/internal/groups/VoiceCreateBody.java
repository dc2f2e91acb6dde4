package io.github.mistralspring.client.internal.groups;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * The JSON body of a voice creation, as sent: the request's fields with its sample base64-encoded.
 * Built when the request is sent, so that reading the sample happens then.
 */
record VoiceCreateBody(
    String name,
    @Nullable String slug,
    @Nullable List<String> languages,
    @Nullable String gender,
    @Nullable Integer age,
    @Nullable List<String> tags,
    @Nullable String color,
    @JsonProperty("retention_notice") @Nullable Integer retentionNotice,
    @JsonProperty("sample_audio") String sampleAudio,
    @JsonProperty("sample_filename") @Nullable String sampleFilename,
    @JsonAnyGetter Map<String, Object> extraBody) {

  /**
   * The body of a request, its sample read and base64-encoded; reads a path, resource or stream, so
   * it is called off the event loop, once per call.
   */
  static VoiceCreateBody of(VoiceCreateRequest request) {
    String audio = request.sampleBase64();
    if (audio == null) {
      Resource content = Objects.requireNonNull(request.sample(), "sample");
      try (InputStream in = content.getInputStream()) {
        audio = Base64.getEncoder().encodeToString(in.readAllBytes());
      } catch (IOException failure) {
        throw new UncheckedIOException(
            "Could not read the voice sample " + content.getDescription(), failure);
      }
    }
    return new VoiceCreateBody(
        request.name(),
        request.slug(),
        request.languages().isEmpty() ? null : request.languages(),
        request.gender(),
        request.age(),
        request.tags(),
        request.color(),
        request.retentionNotice(),
        audio,
        request.sampleFilename(),
        request.extraBody());
  }
}
