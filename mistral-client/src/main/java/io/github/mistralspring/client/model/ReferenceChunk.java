package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;

/**
 * References to sources the model used ({@code type: reference}).
 *
 * @param referenceIds the ids of the referenced sources
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ReferenceChunk(@JsonProperty("reference_ids") List<Integer> referenceIds)
    implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "reference";

  /**
   * Keeps the ids read-only; absent ids read as none.
   *
   * @param referenceIds the ids of the referenced sources; null reads as none
   */
  public ReferenceChunk {
    referenceIds = ReadOnly.withoutNulls(referenceIds);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
