package io.github.mistralspring.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fixed bodies the stub answers with, shaped like the Mistral API's. */
public final class Payloads {

  /** Chunks per stream, not counting {@code [DONE]}. */
  public static final int STREAM_CHUNKS = 200;

  private static final String ID = "cmpl-e5cc70bb28c444948073e77776eb30ef";

  private Payloads() {}

  /** A chat completion of about 1 KB. */
  public static byte[] completion() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 640) {
      text.append("The quick brown fox jumps over the lazy dog, and then it naps in the sun. ");
    }
    String json =
        "{\"id\":\""
            + ID
            + "\",\"object\":\"chat.completion\",\"created\":1750000000,"
            + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"message\":"
            + "{\"role\":\"assistant\",\"tool_calls\":null,\"content\":\""
            + text.toString().trim()
            + "\"},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":12,\"total_tokens\":172,\"completion_tokens\":160}}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /** The events of a stream: {@link #STREAM_CHUNKS} chunks then {@code [DONE]}, each framed. */
  public static List<byte[]> streamEvents() {
    List<byte[]> events = new ArrayList<>();
    for (int i = 0; i < STREAM_CHUNKS; i++) {
      boolean first = i == 0;
      boolean last = i == STREAM_CHUNKS - 1;
      String delta =
          (first ? "{\"role\":\"assistant\",\"content\":\"" : "{\"content\":\"")
              + "tok"
              + i
              + " \"}";
      String json =
          "{\"id\":\""
              + ID
              + "\",\"object\":\"chat.completion.chunk\",\"created\":1750000000,"
              + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"delta\":"
              + delta
              + ",\"finish_reason\":"
              + (last ? "\"stop\"" : "null")
              + "}]"
              + (last
                  ? ",\"usage\":{\"prompt_tokens\":12,\"total_tokens\":212,"
                      + "\"completion_tokens\":200}"
                  : "")
              + "}";
      events.add(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
    events.add("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    return events;
  }
}
