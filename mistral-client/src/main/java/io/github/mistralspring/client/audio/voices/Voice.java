package io.github.mistralspring.client.audio.voices;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A voice speech can be spoken in (spec {@code VoiceResponse}); its sample is not included ({@code
 * voices().downloadSample(id)} fetches it).
 *
 * @param name the voice's name
 * @param slug a short name for the voice
 * @param languages the languages the voice speaks, as codes; empty when not told
 * @param gender the voice's gender, as given when it was created
 * @param age the speaker's age, as given when it was created
 * @param tags free tags; empty when none
 * @param color a display color for the voice
 * @param retentionNotice the days' notice before the voice's sample may be deleted
 * @param id the voice's id, to pass as {@code voice_id} when generating speech
 * @param createdAt when the voice was created
 * @param userId who created the voice; null for a preset voice
 */
public record Voice(
    String name,
    @Nullable String slug,
    List<String> languages,
    @Nullable String gender,
    @Nullable Integer age,
    List<String> tags,
    @Nullable String color,
    @JsonProperty("retention_notice") @Nullable Integer retentionNotice,
    String id,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("user_id") @Nullable String userId) {

  /**
   * Copies the lists; absent ones read as empty.
   *
   * @param name the voice's name
   * @param slug a short name for the voice
   * @param languages the languages the voice speaks, as codes; empty when not told
   * @param gender the voice's gender, as given when it was created
   * @param age the speaker's age, as given when it was created
   * @param tags free tags; empty when none
   * @param color a display color for the voice
   * @param retentionNotice the days' notice before the voice's sample may be deleted
   * @param id the voice's id, to pass as {@code voice_id} when generating speech
   * @param createdAt when the voice was created
   * @param userId who created the voice; null for a preset voice
   */
  public Voice {
    languages = languages == null ? List.of() : List.copyOf(languages);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
