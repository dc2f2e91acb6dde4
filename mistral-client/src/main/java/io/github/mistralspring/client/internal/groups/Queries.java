package io.github.mistralspring.client.internal.groups;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the groups write query parameter values that need more than {@code toString}. */
final class Queries {

  private Queries() {}

  /**
   * A time as the API reads it; in UTC, as a {@code +} offset would reach the server as a space.
   */
  static String dateTime(OffsetDateTime time) {
    return time == null
        ? null
        : time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
