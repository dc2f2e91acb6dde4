package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralStreamException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.springframework.core.io.buffer.DataBuffer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Splits a {@code text/event-stream} body into events and reads each event's data as it completes.
 *
 * <p>Network buffers are copied once into a growing array; each event's data is parsed straight
 * from that array, with no intermediate strings. Lines may end in LF, CRLF or CR, and an event may
 * be split across any number of buffers. A data of {@code [DONE]} ends the stream; anything after
 * it is ignored. An event named {@code error}, or whose data is an error object, fails the stream
 * with a {@link MistralStreamException}. Not thread-safe: one decoder per stream, fed in order.
 *
 * @param <T> the type each event's data is read into
 */
final class ServerSentEventDecoder<T> {

  private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CHUNK_START = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ERROR_KEY = "\"error\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DETAIL_KEY = "\"detail\"".getBytes(StandardCharsets.US_ASCII);

  private final ServerSentEventReader<T> reader;
  private final boolean requireDone;

  private byte[] buffer = new byte[8192];
  private int length;
  // Start of the next line not yet read.
  private int position;
  // Start of the event being read; bytes before it may be discarded.
  private int eventStart;
  // The data of the event being read: one slice of the buffer while the event has a single data
  // line (the usual case), or joined bytes once it has several.
  private int dataStart = -1;
  private int dataEnd;
  private byte[] joinedData;
  private int joinedLength;
  private String eventName;
  private boolean done;
  private boolean failed;
  private int events;

  ServerSentEventDecoder(ServerSentEventReader<T> reader, boolean requireDone) {
    this.reader = reader;
    this.requireDone = requireDone;
  }

  /** Whether the {@code [DONE]} marker has been read. */
  boolean isDone() {
    return done;
  }

  /**
   * Reads a network buffer and returns the values of the events it completed; releases nothing.
   * When an event is an error, the values before it are returned first and the iterator then
   * throws.
   */
  Iterable<T> decode(DataBuffer chunk) {
    int readable = chunk.readableByteCount();
    if (done || failed) {
      chunk.readPosition(chunk.readPosition() + readable);
      return Collections.emptyList();
    }
    ensureCapacity(readable);
    chunk.read(buffer, length, readable);
    length += readable;
    return valuesThenError(false);
  }

  /** The same as {@link #decode(DataBuffer)} for a Netty buffer, read at once and not released. */
  Iterable<T> decode(ByteBuf chunk) {
    int readable = chunk.readableBytes();
    if (done || failed) {
      chunk.skipBytes(readable);
      return Collections.emptyList();
    }
    ensureCapacity(readable);
    chunk.readBytes(buffer, length, readable);
    length += readable;
    return valuesThenError(false);
  }

  private Iterable<T> valuesThenError(boolean endOfBody) {
    List<T> values = new ArrayList<>(4);
    try {
      readLines(endOfBody, values);
      return values;
    } catch (MistralStreamException failure) {
      failed = true;
      return () -> new ValuesThenError<>(values.iterator(), failure);
    }
  }

  /** Yields the values read before an error event, then throws the error. */
  private static final class ValuesThenError<T> implements Iterator<T> {
    private final Iterator<T> values;
    private final RuntimeException failure;

    ValuesThenError(Iterator<T> values, RuntimeException failure) {
      this.values = values;
      this.failure = failure;
    }

    @Override
    public boolean hasNext() {
      if (values.hasNext()) {
        return true;
      }
      throw failure;
    }

    @Override
    public T next() {
      return values.next();
    }
  }

  /**
   * Called when the body ended: reads a last event not followed by a blank line, then checks that
   * the stream was complete.
   */
  Iterable<T> finish() {
    if (done || failed) {
      return Collections.emptyList();
    }
    List<T> values = new ArrayList<>(4);
    try {
      readLines(true, values);
      if (!done && position < length) {
        // A last line with no line ending.
        readField(position, length);
        position = length;
      }
      if (!done && (dataStart >= 0 || joinedData != null)) {
        T last = dispatch();
        if (last != null) {
          values.add(last);
        }
      }
    } catch (MistralStreamException failure) {
      failed = true;
      return () -> new ValuesThenError<>(values.iterator(), failure);
    }
    if (requireDone && !done) {
      MistralStreamException truncated =
          new MistralStreamException(
              "The stream ended without its [DONE] marker after "
                  + events
                  + " events: the response is incomplete",
              null);
      return () -> new ValuesThenError<>(values.iterator(), truncated);
    }
    return values;
  }

  private void readLines(boolean endOfBody, List<T> values) {
    while (!done) {
      int end = findLineEnd(position);
      if (end < 0) {
        break;
      }
      int terminator = 1;
      if (buffer[end] == '\r') {
        if (end + 1 < length) {
          terminator = buffer[end + 1] == '\n' ? 2 : 1;
        } else if (!endOfBody) {
          // A CR at the end of the buffer may be the first half of CRLF: wait for more.
          break;
        }
      }
      int lineStart = position;
      position = end + terminator;
      if (end == lineStart) {
        if (dataStart >= 0 || joinedData != null) {
          T value = dispatch();
          if (value != null) {
            values.add(value);
          }
        }
        eventName = null;
        eventStart = position;
      } else {
        readField(lineStart, end);
      }
    }
    compact();
  }

  private void readField(int start, int end) {
    if (buffer[start] == ':') {
      return;
    }
    int colon = start;
    while (colon < end && buffer[colon] != ':') {
      colon++;
    }
    int valueStart = colon < end ? colon + 1 : end;
    if (valueStart < end && buffer[valueStart] == ' ') {
      valueStart++;
    }
    int nameLength = colon - start;
    if (nameLength == 4 && startsWith(start, "data")) {
      addData(valueStart, end);
    } else if (nameLength == 5 && startsWith(start, "event")) {
      eventName = new String(buffer, valueStart, end - valueStart, StandardCharsets.UTF_8);
    }
    // id and retry fields carry nothing the client uses.
  }

  private void addData(int start, int end) {
    if (dataStart < 0 && joinedData == null) {
      dataStart = start;
      dataEnd = end;
      return;
    }
    if (joinedData == null) {
      joinedLength = dataEnd - dataStart;
      joinedData = Arrays.copyOfRange(buffer, dataStart, dataStart + Math.max(joinedLength, 64));
      dataStart = -1;
    }
    int needed = joinedLength + 1 + (end - start);
    if (needed > joinedData.length) {
      joinedData = Arrays.copyOf(joinedData, Math.max(needed, joinedData.length * 2));
    }
    joinedData[joinedLength++] = '\n';
    System.arraycopy(buffer, start, joinedData, joinedLength, end - start);
    joinedLength += end - start;
  }

  private T dispatch() {
    byte[] bytes;
    int offset;
    int count;
    if (joinedData != null) {
      bytes = joinedData;
      offset = 0;
      count = joinedLength;
    } else {
      bytes = buffer;
      offset = dataStart;
      count = dataEnd - dataStart;
    }
    dataStart = -1;
    joinedData = null;
    String name = eventName;
    if (count == DONE.length
        && Arrays.equals(bytes, offset, offset + count, DONE, 0, DONE.length)) {
      done = true;
      return null;
    }
    events++;
    if ("error".equals(name) || looksLikeError(bytes, offset, count)) {
      throw streamError(name, new String(bytes, offset, count, StandardCharsets.UTF_8));
    }
    return reader.read(name, bytes, offset, count);
  }

  private boolean looksLikeError(byte[] bytes, int offset, int count) {
    // Completion chunks open with their id; an error object never does. Skipping them saves a
    // scan of every chunk of a stream.
    if (startsWith(bytes, offset, count, CHUNK_START)) {
      return false;
    }
    // A cheap scan next: only data that names an error or detail key is parsed twice.
    if (indexOf(bytes, offset, count, ERROR_KEY) < 0
        && indexOf(bytes, offset, count, DETAIL_KEY) < 0) {
      return false;
    }
    try {
      JsonNode node = MistralJson.mapper().readTree(bytes, offset, count);
      if (node == null || !node.isObject()) {
        return false;
      }
      JsonNode object = node.get("object");
      if (object != null && "error".equals(object.asString(""))) {
        return true;
      }
      JsonNode type = node.get("type");
      if (type != null && "error".equals(type.asString(""))) {
        return true;
      }
      return (node.has("error") || node.has("detail")) && !node.has("choices");
    } catch (JacksonException notJson) {
      return false;
    }
  }

  private static MistralStreamException streamError(String eventName, String data) {
    String message = null;
    try {
      JsonNode node = MistralJson.mapper().readTree(data);
      JsonNode error = node.get("error");
      JsonNode holder = error != null && error.isObject() ? error : node;
      JsonNode text = holder.has("message") ? holder.get("message") : holder.get("detail");
      if (text != null && !text.isNull()) {
        message = text.isString() ? text.asString() : text.toString();
      }
    } catch (JacksonException notJson) {
      message = data;
    }
    return new MistralStreamException(
        "The stream reported an error"
            + (eventName != null ? " (event " + eventName + ")" : "")
            + (message != null ? ": " + message : ""),
        data);
  }

  private int findLineEnd(int from) {
    byte[] bytes = buffer;
    for (int i = from; i < length; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        return i;
      }
    }
    return -1;
  }

  private boolean startsWith(int start, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      if (buffer[start + i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int offset, int count, byte[] prefix) {
    return count >= prefix.length
        && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] bytes, int offset, int count, byte[] needle) {
    int last = offset + count - needle.length;
    outer:
    for (int i = offset; i <= last; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Drops the bytes of events already read, keeping the event in progress at the front. */
  private void compact() {
    if (done) {
      length = 0;
      position = 0;
      eventStart = 0;
      return;
    }
    int keep = eventStart;
    if (keep == 0) {
      return;
    }
    System.arraycopy(buffer, keep, buffer, 0, length - keep);
    length -= keep;
    position -= keep;
    eventStart = 0;
    if (dataStart >= 0) {
      dataStart -= keep;
      dataEnd -= keep;
    }
  }

  private void ensureCapacity(int extra) {
    if (length + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(length + extra, buffer.length * 2));
    }
  }
}
