package io.github.mistralspring.client.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;

/** A response head as {@code WebClient} read it. */
final class SpringResponseHead implements ResponseHead {

  private final int status;
  private final HttpHeaders headers;

  SpringResponseHead(ClientResponse response) {
    this.status = response.statusCode().value();
    this.headers = response.headers().asHttpHeaders();
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String header(String name) {
    return headers.getFirst(name);
  }

  @Override
  public List<String> headers(String name) {
    List<String> values = headers.get(name);
    return values == null ? List.of() : values;
  }

  @Override
  public Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    headers.forEach((name, values) -> map.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return map;
  }
}
