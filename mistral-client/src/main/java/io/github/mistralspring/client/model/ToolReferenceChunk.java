package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A reference to a result of a built-in tool, such as a web search hit ({@code type:
 * tool_reference}).
 *
 * @param tool the tool that produced the result
 * @param title the result's title
 * @param url the result's URL; absent when the tool gave none
 * @param favicon the result's favicon URL; absent when the tool gave none
 * @param description a description of the result; absent when the tool gave none (the spec's {@code
 *     description}, in the 2026-07 API)
 * @param source where the result comes from; absent when not given (the spec's {@code source}, in
 *     the seed specification)
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ToolReferenceChunk(
    String tool,
    String title,
    @Nullable String url,
    @Nullable String favicon,
    @Nullable String description,
    @Nullable String source)
    implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "tool_reference";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
