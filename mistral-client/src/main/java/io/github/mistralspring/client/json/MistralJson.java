package io.github.mistralspring.client.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The JSON mapper the client uses for every request and response.
 *
 * <p>The client never uses an application's mapper: global settings such as a naming strategy or
 * fail-on-unknown-properties must not change what is sent to, or read from, the API.
 */
public final class MistralJson {

  private static final JsonMapper MAPPER = newMapper();

  private MistralJson() {}

  /**
   * The shared mapper; safe to use from any thread.
   *
   * @return the one mapper the client reads and writes the API's JSON with
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * Creates a mapper with the client's settings, for code that needs its own instance (to rebuild
   * it with more modules, for example).
   *
   * @return a new mapper that ignores unknown properties and leaves null values out of what it
   *     writes
   */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        // The API grows: a field the client does not model must never fail a read.
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // Properties go out in the order the records declare them, which keeps logs readable.
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // Generated accessors instead of reflective calls: measurably faster on stream chunks.
        .addModule(new BlackbirdModule())
        .changeDefaultPropertyInclusion(
            inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
        .build();
  }
}
