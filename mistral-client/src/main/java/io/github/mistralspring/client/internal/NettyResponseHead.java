package io.github.mistralspring.client.internal;

import io.netty.handler.codec.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.netty.http.client.HttpClientResponse;

/** A response head as Reactor Netty read it; nothing is copied unless asked for. */
final class NettyResponseHead implements ResponseHead {

  private final int status;
  private final HttpHeaders headers;

  NettyResponseHead(HttpClientResponse response) {
    this.status = response.status().code();
    this.headers = response.responseHeaders();
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String header(String name) {
    return headers.get(name);
  }

  @Override
  public List<String> headers(String name) {
    return headers.getAll(name);
  }

  @Override
  public Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String name : headers.names()) {
      map.put(name.toLowerCase(Locale.ROOT), List.copyOf(headers.getAll(name)));
    }
    return map;
  }
}
