package io.github.mistralspring.client.audio.voices;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonAnyGetter Map<String, Object> extraBody) {}
