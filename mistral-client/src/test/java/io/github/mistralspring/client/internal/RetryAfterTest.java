package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

/** Reading {@code Retry-After} and {@code retry-after-ms}. */
class RetryAfterTest {

  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NaN",
        "0x1p2",
        "Infinity",
        "-Infinity",
        "-1",
        "1e3",
        "+5",
        "1.",
        ".5",
        "1,5",
        "soon"
      })
  void anythingButSecondsOrADateIsAbsent(String value) {
    assertThat(ErrorResponses.retryAfter(value, NOW)).isNull();
  }

  @Test
  void readsSecondsFractionsAndDates() {
    assertThat(ErrorResponses.retryAfter("0", NOW)).isEqualTo(Duration.ZERO);
    assertThat(ErrorResponses.retryAfter(" 7 ", NOW)).isEqualTo(Duration.ofSeconds(7));
    assertThat(ErrorResponses.retryAfter("0.0015", NOW)).isEqualTo(Duration.ofMillis(2));
    assertThat(ErrorResponses.retryAfter("Wed, 01 Jul 2026 12:00:30 GMT", NOW))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(ErrorResponses.retryAfter("Wed, 01 Jul 2026 11:00:00 GMT", NOW))
        .isEqualTo(Duration.ZERO);
    assertThat(ErrorResponses.retryAfter("99999999999999999999999", NOW))
        .isEqualTo(Duration.ofMillis(Long.MAX_VALUE));
  }

  @Test
  void prefersAValidRetryAfterMs() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Retry-After", "60");
    headers.set("retry-after-ms", "1500");
    assertThat(ErrorResponses.retryAfter(headers, NOW)).isEqualTo(Duration.ofMillis(1500));

    headers.set("retry-after-ms", "NaN");
    assertThat(ErrorResponses.retryAfter(headers, NOW)).isEqualTo(Duration.ofSeconds(60));
  }
}
