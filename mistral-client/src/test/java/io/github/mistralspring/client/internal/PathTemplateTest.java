package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Path expansion: values fully encoded, dot-segments and empty values refused, by name. */
class PathTemplateTest {

  static String expand(String template, Object... values) {
    StringBuilder uri = new StringBuilder();
    PathTemplate.expand(uri, template, values);
    return uri.toString();
  }

  @Test
  void encodesEachValueAsOneSegment() {
    assertThat(expand("/v1/models/{model_id}", "ft:open-mistral-7b:abc:2024"))
        .isEqualTo("/v1/models/ft%3Aopen-mistral-7b%3Aabc%3A2024");
    assertThat(expand("/v1/a/{x}/b/{y}", "a/b?c#d", "{z}"))
        .isEqualTo("/v1/a/a%2Fb%3Fc%23d/b/%7Bz%7D");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".",
        "..",
        "%2e",
        "%2E%2E",
        ".%2e",
        "%252e%252e",
        "../x",
        "x/..",
        "a/./b",
        "..\\x"
      })
  void refusesValuesThatAreOrDecodeToDotSegments(String value) {
    assertThatThrownBy(() -> expand("/v1/fine_tuning/jobs/{job_id}/cancel", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("job_id")
        .hasMessageContaining("/v1/fine_tuning/jobs/{job_id}/cancel");
  }

  @ParameterizedTest
  @ValueSource(strings = {"...", ".a", "a.", "v1.2", "%2e%2e%2e", "%zz", "100%"})
  void keepsValuesWithDotsThatAreNotSegments(String value) {
    assertThat(expand("/v1/files/{file_id}", value)).startsWith("/v1/files/");
  }

  @Test
  void refusesMissingAndEmptyValues() {
    assertThatThrownBy(() -> expand("/v1/files/{file_id}", (Object) null))
        .hasMessageContaining("file_id");
    assertThatThrownBy(() -> expand("/v1/files/{file_id}", "")).hasMessageContaining("file_id");
    assertThatThrownBy(() -> expand("/v1/files/{file_id}")).hasMessageContaining("file_id");
  }
}
