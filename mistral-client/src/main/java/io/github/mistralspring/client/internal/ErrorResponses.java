package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.error.MistralErrorResponse;
import io.github.mistralspring.client.error.MistralGoneException;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.error.MistralPermissionDeniedException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.error.MistralUnprocessableEntityException;
import io.github.mistralspring.client.error.ValidationError;
import io.github.mistralspring.client.json.MistralJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns an error response into the exception type for its status. */
final class ErrorResponses {

  private static final List<String> REQUEST_ID_HEADERS =
      List.of("mistral-correlation-id", "x-request-id", "request-id");

  private ErrorResponses() {}

  /** The exception for an error response as the wire read it. */
  static MistralApiException toException(
      String method, String path, ResponseHead head, String body) {
    HttpHeaders headers = new HttpHeaders();
    head.toMap().forEach(headers::addAll);
    return toException(method, path, head.status(), headers, body);
  }

  static MistralApiException toException(
      String method, String path, int status, HttpHeaders headers, String body) {
    Map<String, List<String>> headerMap = new LinkedHashMap<>();
    headers.forEach((name, values) -> headerMap.put(name.toLowerCase(Locale.ROOT), values));
    JsonNode json = parse(body);
    JsonNode detail = json == null ? null : json.get("detail");
    MistralErrorResponse response =
        new MistralErrorResponse(
            method,
            path,
            status,
            Map.copyOf(headerMap),
            body,
            message(json, detail),
            text(json, "type"),
            text(json, "code"),
            requestId(headers),
            retryAfter(headers, ZonedDateTime.now()));
    return switch (status) {
      case 400 -> new MistralBadRequestException(response);
      case 401 -> new MistralAuthenticationException(response);
      case 403 -> new MistralPermissionDeniedException(response);
      case 404 -> new MistralNotFoundException(response);
      case 410 -> new MistralGoneException(response, replacement(json, headerMap));
      case 422 -> new MistralUnprocessableEntityException(response, validationErrors(detail));
      case 429 -> new MistralRateLimitException(response);
      default ->
          status >= 500 ? new MistralServerException(response) : new MistralApiException(response);
    };
  }

  /** The header some servers add next to {@code Retry-After}, in milliseconds. */
  static final String RETRY_AFTER_MS = "retry-after-ms";

  // Non-negative seconds or milliseconds: digits, and an optional fraction. Not NaN, Infinity,
  // hexadecimal, exponents or signs, which Double.parseDouble would accept.
  private static final Pattern DELAY = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  /**
   * The delay the server asked for: {@code retry-after-ms} when it is valid, else {@code
   * Retry-After}; null when neither is present and valid.
   */
  static Duration retryAfter(HttpHeaders headers, ZonedDateTime now) {
    Duration millis = delay(headers.getFirst(RETRY_AFTER_MS), 1);
    return millis != null ? millis : retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER), now);
  }

  /**
   * Reads {@code Retry-After}: a non-negative number of seconds (digits, with an optional fraction)
   * or an HTTP date. Returns null when absent or not one of these; a date in the past reads as
   * zero.
   */
  static Duration retryAfter(String value, ZonedDateTime now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Duration seconds = delay(value, 1000);
    if (seconds != null) {
      return seconds;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration delay = Duration.between(now, at);
      return delay.isNegative() ? Duration.ZERO : delay;
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** A delay of {@code value} units of {@code millisPerUnit}, rounded up; null when invalid. */
  private static Duration delay(String value, long millisPerUnit) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (!DELAY.matcher(trimmed).matches()) {
      return null;
    }
    BigDecimal millis =
        new BigDecimal(trimmed)
            .multiply(BigDecimal.valueOf(millisPerUnit))
            .setScale(0, RoundingMode.CEILING);
    // Longer than anyone would wait: kept as the longest delay, which no cap lets through.
    return millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        ? Duration.ofMillis(Long.MAX_VALUE)
        : Duration.ofMillis(millis.longValue());
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = MistralJson.mapper().readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException notJson) {
      return null;
    }
  }

  private static String message(JsonNode json, JsonNode detail) {
    if (json == null) {
      return null;
    }
    JsonNode error = json.get("error");
    if (error != null && error.isObject()) {
      return text(error, "message");
    }
    JsonNode message = json.get("message");
    if (message != null && !message.isNull()) {
      return message.isString() ? message.asString() : message.toString();
    }
    if (detail != null && !detail.isNull()) {
      if (detail.isString()) {
        return detail.asString();
      }
      if (detail.isArray()) {
        List<String> parts = new ArrayList<>();
        for (ValidationError error2 : validationErrors(detail)) {
          parts.add(error2.path() + ": " + error2.message());
        }
        return String.join("; ", parts);
      }
      return detail.toString();
    }
    return null;
  }

  /** The body fields that may name what replaced a retired operation, in the order read. */
  private static final List<String> REPLACEMENT_FIELDS =
      List.of("replacement", "replaced_by", "successor", "alternative");

  // A Link header value whose relation is the successor version (RFC 5829): <target>; rel=...
  private static final Pattern SUCCESSOR_LINK =
      Pattern.compile("<([^>]*)>[^,]*;\\s*rel=\"?successor-version\"?", Pattern.CASE_INSENSITIVE);

  /** What replaced a retired operation, as the 410 answer named it; null when it did not. */
  private static String replacement(JsonNode json, Map<String, List<String>> headers) {
    if (json != null) {
      JsonNode error = json.get("error");
      for (JsonNode node :
          error != null && error.isObject() ? List.of(json, error) : List.of(json)) {
        for (String field : REPLACEMENT_FIELDS) {
          String value = text(node, field);
          if (value != null && !value.isBlank()) {
            return value;
          }
        }
      }
    }
    for (String link : headers.getOrDefault("link", List.of())) {
      Matcher matcher = SUCCESSOR_LINK.matcher(link);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    return null;
  }

  private static List<ValidationError> validationErrors(JsonNode detail) {
    List<ValidationError> errors = new ArrayList<>();
    if (detail == null || !detail.isArray()) {
      return errors;
    }
    for (JsonNode item : detail) {
      List<Object> location = new ArrayList<>();
      JsonNode loc = item.get("loc");
      if (loc != null && loc.isArray()) {
        for (JsonNode part : loc) {
          location.add(part.isNumber() ? (Object) part.asInt() : part.asString());
        }
      }
      errors.add(new ValidationError(List.copyOf(location), text(item, "msg"), text(item, "type")));
    }
    return errors;
  }

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    return value.isString() ? value.asString() : value.toString();
  }

  private static String requestId(HttpHeaders headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.getFirst(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
