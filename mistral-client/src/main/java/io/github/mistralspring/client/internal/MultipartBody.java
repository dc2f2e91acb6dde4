package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes {@code multipart/form-data} for both HTTP paths: text fields, and files streamed from
 * their {@link Resource} in buffers as they are sent, never held in memory whole. The length is
 * sent when every part's length is known beforehand (text, bytes, files); otherwise the body is
 * sent chunked. A part read from a stream ({@link Resource#isOpen()}) can be sent once only, which
 * makes the whole body not repeatable, so the call is never retried once it was sent.
 */
final class MultipartBody {

  private static final NettyDataBufferFactory BUFFERS =
      new NettyDataBufferFactory(ByteBufAllocator.DEFAULT);
  private static final int READ_SIZE = 64 * 1024;
  private static final byte[] CRLF = {'\r', '\n'};
  private static final char[] BOUNDARY_CHARACTERS =
      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();

  private MultipartBody() {}

  /** One part: its head (boundary line and headers) and its content. */
  private record Part(byte[] head, Object content, long length) {}

  /** The body for parts as Spring's {@code MultipartBodyBuilder} builds them. */
  static RequestBody.Streamed of(MultiValueMap<String, HttpEntity<?>> parts) {
    String boundary = boundary();
    List<Part> encoded = new ArrayList<>();
    long total = 0;
    boolean lengthKnown = true;
    boolean repeatable = true;
    for (Map.Entry<String, List<HttpEntity<?>>> named : parts.entrySet()) {
      for (HttpEntity<?> entity : named.getValue()) {
        Part part = part(boundary, named.getKey(), entity);
        encoded.add(part);
        if (part.length() < 0) {
          lengthKnown = false;
        } else {
          total += part.head().length + part.length() + CRLF.length;
        }
        if (part.content() instanceof Resource resource && resource.isOpen()) {
          repeatable = false;
        }
      }
    }
    byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    total += end.length;
    List<Part> frozen = List.copyOf(encoded);
    return new RequestBody.Streamed(
        "multipart/form-data;boundary=" + boundary,
        lengthKnown ? total : -1,
        repeatable,
        () -> content(frozen, end));
  }

  private static Flux<ByteBuf> content(List<Part> parts, byte[] end) {
    List<Flux<ByteBuf>> pieces = new ArrayList<>(parts.size() * 3 + 1);
    for (Part part : parts) {
      pieces.add(Flux.defer(() -> Mono.just(Unpooled.wrappedBuffer(part.head()))));
      pieces.add(content(part.content()));
      pieces.add(Flux.defer(() -> Mono.just(Unpooled.wrappedBuffer(CRLF))));
    }
    pieces.add(Flux.defer(() -> Mono.just(Unpooled.wrappedBuffer(end))));
    return Flux.concat(pieces);
  }

  private static Flux<ByteBuf> content(Object content) {
    if (content instanceof byte[] bytes) {
      return Flux.defer(() -> Mono.just(Unpooled.wrappedBuffer(bytes)));
    }
    Resource resource = (Resource) content;
    Flux<ByteBuf> read =
        DataBufferUtils.read(resource, BUFFERS, READ_SIZE).map(NettyDataBufferFactory::toByteBuf);
    // Files are read asynchronously; anything else blocks while it reads, so not on an event loop.
    return resource.isFile() ? read : read.subscribeOn(Schedulers.boundedElastic());
  }

  private static Part part(String boundary, String name, HttpEntity<?> entity) {
    Object body = entity.getBody();
    ContentDisposition disposition = entity.getHeaders().getContentDisposition();
    String filename = disposition.getFilename();
    MediaType type = entity.getHeaders().getContentType();
    Object content;
    long length;
    if (body instanceof Resource resource) {
      if (filename == null) {
        filename = resource.getFilename();
      }
      if (type == null) {
        type =
            MediaTypeFactory.getMediaType(filename == null ? "" : filename)
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
      }
      content = resource;
      length = knownLength(resource);
    } else if (body instanceof byte[] bytes) {
      if (type == null && filename != null) {
        type = MediaType.APPLICATION_OCTET_STREAM;
      }
      content = bytes;
      length = bytes.length;
    } else if (body != null) {
      byte[] bytes = String.valueOf(body).getBytes(StandardCharsets.UTF_8);
      content = bytes;
      length = bytes.length;
    } else {
      throw new IllegalArgumentException("The multipart part " + name + " has no content");
    }
    StringBuilder head =
        new StringBuilder("--")
            .append(boundary)
            .append("\r\nContent-Disposition: form-data; name=\"")
            .append(quoted(name))
            .append('"');
    if (filename != null) {
      head.append("; filename=\"").append(quoted(filename)).append('"');
    }
    head.append("\r\n");
    if (type != null) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    head.append("\r\n");
    return new Part(head.toString().getBytes(StandardCharsets.UTF_8), content, length);
  }

  /** The length of a resource when it is known without reading it, else -1. */
  private static long knownLength(Resource resource) {
    if (!resource.isFile() && !(resource instanceof ByteArrayResource)) {
      return -1;
    }
    try {
      return resource.contentLength();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Cannot read the length of " + resource, unreadable);
    }
  }

  /**
   * A value for a quoted header parameter: quotes and line breaks percent-encoded, as browsers do.
   */
  private static String quoted(String value) {
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String boundary() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] boundary = new char[32];
    for (int i = 0; i < boundary.length; i++) {
      boundary[i] = BOUNDARY_CHARACTERS[random.nextInt(BOUNDARY_CHARACTERS.length)];
    }
    return new String(boundary);
  }
}
