package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document whose type this client does not know yet; it keeps the type and every other property
 * so that it is written exactly as given.
 *
 * @param type the type as given; absent when there was none
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownOcrDocument(
    @Nullable String type, @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
    implements OcrDocument {

  /**
   * Copies the properties so the document is not changed by later edits to the map.
   *
   * @param type the type as given; absent when there was none
   * @param properties every other property, by JSON name
   */
  public UnknownOcrDocument {
    properties = ReadOnly.map(properties);
  }
}
