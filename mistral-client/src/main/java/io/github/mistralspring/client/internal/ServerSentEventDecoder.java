package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.json.MistralJson;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Splits a {@code text/event-stream} body into events and reads each event's data as it completes.
 *
 * <p>Each network buffer is copied once into a working array; each event's data is parsed straight
 * from that array, with no intermediate strings. The working array belongs to the thread (event
 * loops decode many streams one after the other), so a stream waiting between events holds only the
 * bytes of an event it has not received in full, usually nothing. Lines may end in LF, CRLF or CR,
 * and an event may be split across any number of buffers. A data of {@code [DONE]} ends the stream;
 * anything after it is ignored. An event named {@code error}, or whose data is an error object,
 * fails the stream with a {@link MistralStreamException} after the values before it. An event
 * larger than the limit fails the stream as it grows past it, so a hostile server cannot fill the
 * heap; every byte is scanned once, however long its line. Not thread-safe: one decoder per stream,
 * fed in order.
 *
 * @param <T> the type each event's data is read into
 */
final class ServerSentEventDecoder<T> implements BodyDecoder<T> {

  private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CHUNK_START = "{\"id\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ERROR_KEY = "\"error\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DETAIL_KEY = "\"detail\"".getBytes(StandardCharsets.US_ASCII);

  // A partial event longer than this stays in the decoder's own growing array rather than being
  // moved in and out of the thread's working array at every buffer.
  private static final int OWN_BUFFER_THRESHOLD = 16 * 1024;
  // The thread's working array is dropped after a buffer made it grow past this.
  private static final int SCRATCH_KEEP = 256 * 1024;
  private static final int SCRATCH_INITIAL = 16 * 1024;
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** A thread's working array, and whether a decoder on that thread is using it. */
  private static final class Scratch {
    byte[] bytes = new byte[SCRATCH_INITIAL];
    boolean inUse;
  }

  private final ServerSentEventReader<T> reader;
  private final boolean requireDone;
  private final int maxEventSize;

  // The array being read while a buffer is decoded: the thread's working array or this decoder's
  // own. Between buffers it is this decoder's own array, holding a partial event, or null.
  private byte[] buffer;
  private boolean ownBuffer;
  private Scratch scratch;
  private int length;
  // Start of the next line not yet read.
  private int position;
  // Where the search for the next line end goes on: bytes before it hold none.
  private int scanFrom;
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

  /**
   * @param maxEventSize the most bytes one event may hold (its data lines and the line in progress)
   */
  ServerSentEventDecoder(ServerSentEventReader<T> reader, boolean requireDone, int maxEventSize) {
    this.reader = reader;
    this.requireDone = requireDone;
    this.maxEventSize = maxEventSize;
  }

  /** The bytes this decoder holds between buffers: the capacity kept for a partial event. */
  int retainedBytes() {
    return (buffer != null ? buffer.length : 0) + (joinedData != null ? joinedData.length : 0);
  }

  /**
   * Reads a network buffer and hands each value it completes to {@code sink}; releases nothing.
   * When an event is an error, the values before it are handed over first, then this throws.
   */
  @Override
  public void decode(ByteBuf chunk, Sink<? super T> sink) {
    int readable = chunk.readableBytes();
    if (done || failed) {
      chunk.skipBytes(readable);
      return;
    }
    begin(readable);
    try {
      chunk.readBytes(buffer, length, readable);
      length += readable;
      readLines(false, sink);
    } finally {
      end();
    }
  }

  /**
   * Called when the body ended: hands over a last event not followed by a blank line, then checks
   * that the stream was complete, throwing when it was not.
   */
  @Override
  public void finish(Sink<? super T> sink) {
    if (done || failed) {
      return;
    }
    begin(0);
    try {
      readLines(true, sink);
      if (!done && position < length) {
        // A last line with no line ending.
        readField(position, length);
        position = length;
      }
      if (!done && (dataStart >= 0 || joinedData != null)) {
        T last = dispatch(sink);
        if (last != null) {
          sink.next(last);
        }
      }
    } finally {
      end();
    }
    if (requireDone && !done) {
      failed = true;
      throw new MistralStreamException(
          "The stream ended without its [DONE] marker after "
              + events
              + " events: the response is incomplete",
          null);
    }
  }

  /**
   * Makes {@link #buffer} an array holding the partial event so far at its front and room for
   * {@code readable} more bytes: the thread's working array, unless the partial event is large or
   * another decoder on this thread is using it (a subscriber that decodes a second stream from
   * within the first one's callback).
   */
  private void begin(int readable) {
    int needed = length + readable;
    if (!ownBuffer || buffer == null) {
      Scratch local = SCRATCH.get();
      if (!local.inUse) {
        local.inUse = true;
        scratch = local;
        if (local.bytes.length < needed) {
          local.bytes = new byte[Math.max(needed, local.bytes.length * 2)];
        }
        if (length > 0) {
          System.arraycopy(buffer, 0, local.bytes, 0, length);
        }
        buffer = local.bytes;
        ownBuffer = false;
        return;
      }
    }
    if (buffer == null) {
      buffer = new byte[Math.max(needed, 1024)];
    } else if (needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }
    ownBuffer = true;
  }

  /** Keeps what is left of a partial event in an array of this decoder's, and frees the rest. */
  private void end() {
    if (done || failed) {
      length = 0;
      position = 0;
      scanFrom = 0;
      dataStart = -1;
      joinedData = null;
    }
    Scratch local = scratch;
    if (local != null) {
      scratch = null;
      local.inUse = false;
      if (local.bytes.length > SCRATCH_KEEP) {
        local.bytes = new byte[SCRATCH_INITIAL];
      }
      if (length == 0) {
        buffer = null;
        ownBuffer = false;
      } else {
        // A large partial event keeps spare room: more of it is on its way.
        buffer =
            Arrays.copyOf(
                buffer, length > OWN_BUFFER_THRESHOLD ? length * 2 : Math.max(length, 64));
        ownBuffer = length > OWN_BUFFER_THRESHOLD;
      }
    } else if (length == 0) {
      buffer = null;
      ownBuffer = false;
    } else if (length <= OWN_BUFFER_THRESHOLD && ownBuffer) {
      // Small again: back to the working array from the next buffer on.
      buffer = Arrays.copyOf(buffer, length);
      ownBuffer = false;
    }
  }

  private void readLines(boolean endOfBody, Sink<? super T> sink) {
    while (!done) {
      int end = findLineEnd(Math.max(position, scanFrom));
      if (end < 0) {
        scanFrom = length;
        break;
      }
      int terminator = 1;
      if (buffer[end] == '\r') {
        if (end + 1 < length) {
          terminator = buffer[end + 1] == '\n' ? 2 : 1;
        } else if (!endOfBody) {
          // A CR at the end of the buffer may be the first half of CRLF: wait for more.
          scanFrom = end;
          break;
        }
      }
      int lineStart = position;
      position = end + terminator;
      scanFrom = position;
      if (end == lineStart) {
        if (dataStart >= 0 || joinedData != null) {
          T value = dispatch(sink);
          if (value != null) {
            sink.next(value);
          }
        }
        eventName = null;
      } else {
        readField(lineStart, end);
      }
    }
    compact();
    if (!done && eventSize() > maxEventSize) {
      failed = true;
      throw tooLarge();
    }
  }

  /** The bytes the event in progress holds: its data so far and the line being received. */
  private int eventSize() {
    int data = dataStart >= 0 ? dataEnd - dataStart : 0;
    return data + joinedLength + (length - position);
  }

  private MistralStreamException tooLarge() {
    return new MistralStreamException(
        "A stream event grew past the limit of "
            + maxEventSize
            + " bytes: raise mistral.max-event-size (or maxEventSize(..) on the builder) if the"
            + " server is to be trusted with events that large",
        null);
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
    if (needed > maxEventSize) {
      failed = true;
      throw tooLarge();
    }
    if (needed > joinedData.length) {
      joinedData = Arrays.copyOf(joinedData, Math.max(needed, joinedData.length * 2));
    }
    joinedData[joinedLength++] = '\n';
    System.arraycopy(buffer, start, joinedData, joinedLength, end - start);
    joinedLength += end - start;
  }

  private T dispatch(Sink<? super T> sink) {
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
    joinedLength = 0;
    String name = eventName;
    sink.progress();
    if (count == DONE.length
        && Arrays.equals(bytes, offset, offset + count, DONE, 0, DONE.length)) {
      done = true;
      return null;
    }
    events++;
    if ("error".equals(name) || looksLikeError(bytes, offset, count)) {
      failed = true;
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

  /**
   * Drops the bytes already read, keeping at the front the line in progress and the event's data
   * while it is a slice of the buffer (once joined, the data lives in its own array).
   */
  private void compact() {
    if (done) {
      return;
    }
    int keep = dataStart >= 0 ? Math.min(dataStart, position) : position;
    if (keep == 0) {
      return;
    }
    System.arraycopy(buffer, keep, buffer, 0, length - keep);
    length -= keep;
    position -= keep;
    scanFrom -= keep;
    if (dataStart >= 0) {
      dataStart -= keep;
      dataEnd -= keep;
    }
  }
}
