package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.model.ContentChunk;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.TextChunk;
import io.github.mistralspring.client.model.TextContent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.StringNode;

/**
 * Folds the events of a conversation stream into the {@link ConversationResponse} the same exchange
 * returns without streaming: its output entries, in order, and its usage.
 *
 * <p>Events are grouped into entries by their {@code id}. Feed events in order; not thread-safe.
 */
public final class ConversationAccumulator {

  private final Map<String, Output> outputs = new LinkedHashMap<>();
  private @Nullable String conversationId;
  private @Nullable ConversationUsageInfo usage;
  private boolean done;

  /** Creates an empty accumulator. */
  public ConversationAccumulator() {}

  /**
   * Folds a whole stream into a response, emitted when the stream completes.
   *
   * @param events the events of one answer, as {@code startStream(..)} emits them
   * @return a {@code Mono} of the whole answer, failing with a {@link ConversationStreamException}
   *     on an error event
   */
  public static Mono<ConversationResponse> accumulate(Flux<ConversationEvent> events) {
    return Mono.defer(
        () -> {
          ConversationAccumulator accumulator = new ConversationAccumulator();
          return events
              .doOnNext(accumulator::accept)
              .then(Mono.fromSupplier(accumulator::toResponse));
        });
  }

  /**
   * Adds one event.
   *
   * @param event the next event of the stream
   * @throws ConversationStreamException when the event is a {@code conversation.response.error}
   */
  public void accept(ConversationEvent event) {
    if (event instanceof ResponseStartedEvent started) {
      conversationId = started.conversationId();
    } else if (event instanceof ResponseDoneEvent finished) {
      usage = finished.usage();
      done = true;
    } else if (event instanceof ResponseErrorEvent error) {
      throw new ConversationStreamException(error.message(), error.code(), null);
    } else if (event instanceof MessageOutputEvent delta) {
      MessageOutput message =
          output(delta.id(), delta.outputIndex(), MessageOutput.class, MessageOutput::new);
      message.note(delta.createdAt(), delta.model(), delta.agentId());
      message.add(delta.contentIndex(), delta.content());
    } else if (event instanceof FunctionCallEvent delta) {
      FunctionCallOutput call =
          output(
              delta.id(), delta.outputIndex(), FunctionCallOutput.class, FunctionCallOutput::new);
      call.note(delta.createdAt(), delta.model(), delta.agentId());
      call.name = firstNonBlank(call.name, delta.name());
      call.toolCallId = firstNonBlank(call.toolCallId, delta.toolCallId());
      if (delta.confirmationStatus() != null) {
        call.confirmationStatus = delta.confirmationStatus();
      }
      if (delta.arguments() != null) {
        call.arguments.append(delta.arguments());
      }
    } else if (event instanceof ToolExecutionStartedEvent started) {
      ToolOutput tool =
          output(started.id(), started.outputIndex(), ToolOutput.class, ToolOutput::new);
      tool.note(started.createdAt(), started.model(), started.agentId());
      tool.name = firstNonBlank(tool.name, started.name());
      if (started.arguments() != null) {
        tool.arguments.append(started.arguments());
      }
    } else if (event instanceof ToolExecutionDeltaEvent delta) {
      ToolOutput tool = output(delta.id(), delta.outputIndex(), ToolOutput.class, ToolOutput::new);
      tool.note(delta.createdAt(), null, null);
      tool.name = firstNonBlank(tool.name, delta.name());
      if (delta.arguments() != null) {
        tool.arguments.append(delta.arguments());
      }
    } else if (event instanceof ToolExecutionDoneEvent finished) {
      ToolOutput tool =
          output(finished.id(), finished.outputIndex(), ToolOutput.class, ToolOutput::new);
      tool.note(finished.createdAt(), null, null);
      tool.name = firstNonBlank(tool.name, finished.name());
      tool.info = finished.info();
    } else if (event instanceof AgentHandoffStartedEvent started) {
      HandoffOutput handoff =
          output(started.id(), started.outputIndex(), HandoffOutput.class, HandoffOutput::new);
      handoff.note(started.createdAt(), null, null);
      handoff.previousAgentId = started.previousAgentId();
      handoff.previousAgentName = started.previousAgentName();
    } else if (event instanceof AgentHandoffDoneEvent finished) {
      HandoffOutput handoff =
          output(finished.id(), finished.outputIndex(), HandoffOutput.class, HandoffOutput::new);
      handoff.note(finished.createdAt(), null, null);
      handoff.nextAgentId = finished.nextAgentId();
      handoff.nextAgentName = finished.nextAgentName();
    }
    // Unknown events carry nothing this response models.
  }

  /**
   * Whether the {@code conversation.response.done} event has been added.
   *
   * @return true once the answer is complete and {@link #toResponse()} holds all of it
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Returns the response accumulated so far.
   *
   * @return the response built from the events added so far
   */
  public ConversationResponse toResponse() {
    List<ConversationEntry> entries = new ArrayList<>(outputs.size());
    for (Output output : outputs.values()) {
      entries.add(output.build());
    }
    return new ConversationResponse("conversation.response", conversationId, entries, usage, null);
  }

  private interface OutputFactory<T extends Output> {
    T create(String id);
  }

  private <T extends Output> T output(
      String id, Integer outputIndex, Class<T> kind, OutputFactory<T> factory) {
    // The id ties the pieces of one entry together; the index is the fallback when it is missing.
    String key = id != null ? id : "#" + (outputIndex == null ? 0 : outputIndex);
    Output existing = outputs.get(key);
    if (kind.isInstance(existing)) {
      return kind.cast(existing);
    }
    if (existing != null) {
      // Another kind of entry under the same key: keep both, in arrival order.
      key = key + "#" + outputs.size();
    }
    T created = factory.create(id);
    outputs.put(key, created);
    return created;
  }

  private static String firstNonBlank(String current, String next) {
    return current != null && !current.isEmpty() ? current : next;
  }

  private abstract static class Output {
    final String id;
    OffsetDateTime createdAt;
    String model;
    String agentId;

    Output(String id) {
      this.id = id;
    }

    void note(OffsetDateTime eventCreatedAt, String eventModel, String eventAgentId) {
      if (createdAt == null) {
        createdAt = eventCreatedAt;
      }
      if (model == null) {
        model = eventModel;
      }
      if (agentId == null) {
        agentId = eventAgentId;
      }
    }

    abstract ConversationEntry build();
  }

  private static final class MessageOutput extends Output {
    // Content by content_index: a StringBuilder for text, a chunk for anything else.
    private final TreeMap<Integer, Object> parts = new TreeMap<>();
    private boolean chunked;

    MessageOutput(String id) {
      super(id);
    }

    void add(Integer contentIndex, MessageContent content) {
      if (content == null) {
        return;
      }
      int index = contentIndex == null ? 0 : contentIndex;
      if (content instanceof TextContent text) {
        appendText(index, text.text());
        return;
      }
      chunked = true;
      for (ContentChunk chunk : content.chunks()) {
        if (chunk instanceof TextChunk text) {
          appendText(index, text.text() == null ? "" : text.text());
        } else {
          if (parts.get(index) instanceof StringBuilder) {
            index = parts.lastKey() + 1;
          }
          parts.put(index, chunk);
        }
        index++;
      }
    }

    private void appendText(int index, String text) {
      Object part = parts.get(index);
      if (part instanceof StringBuilder builder) {
        builder.append(text);
      } else if (part == null) {
        parts.put(index, new StringBuilder(text));
      } else {
        parts.put(parts.lastKey() + 1, new StringBuilder(text));
      }
    }

    @Override
    ConversationEntry build() {
      MessageContent content;
      if (!chunked && parts.size() <= 1) {
        Object only = parts.isEmpty() ? "" : parts.firstEntry().getValue();
        content = MessageContent.of(only.toString());
      } else {
        List<ContentChunk> chunks = new ArrayList<>(parts.size());
        for (Object part : parts.values()) {
          chunks.add(part instanceof ContentChunk chunk ? chunk : TextChunk.of(part.toString()));
        }
        content = MessageContent.of(chunks);
      }
      return new MessageOutputEntry(
          "assistant", content, model, agentId, id, "entry", createdAt, null);
    }
  }

  private static final class FunctionCallOutput extends Output {
    String name;
    String toolCallId;
    String confirmationStatus;
    final StringBuilder arguments = new StringBuilder();

    FunctionCallOutput(String id) {
      super(id);
    }

    @Override
    ConversationEntry build() {
      return new FunctionCallEntry(
          toolCallId,
          name,
          StringNode.valueOf(arguments.toString()),
          confirmationStatus,
          model,
          agentId,
          id,
          "entry",
          createdAt,
          null);
    }
  }

  private static final class ToolOutput extends Output {
    String name;
    Map<String, Object> info;
    final StringBuilder arguments = new StringBuilder();

    ToolOutput(String id) {
      super(id);
    }

    @Override
    ConversationEntry build() {
      return new ToolExecutionEntry(
          name, arguments.toString(), info, model, agentId, id, "entry", createdAt, null);
    }
  }

  private static final class HandoffOutput extends Output {
    String previousAgentId;
    String previousAgentName;
    String nextAgentId;
    String nextAgentName;

    HandoffOutput(String id) {
      super(id);
    }

    @Override
    ConversationEntry build() {
      return new AgentHandoffEntry(
          previousAgentId,
          previousAgentName,
          nextAgentId,
          nextAgentName,
          id,
          "entry",
          createdAt,
          null);
    }
  }
}
