package io.github.mistralspring.conformance;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.beta.agents.AgentCreationRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.ReactiveConversationsApi;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.classifiers.ChatClassificationInput;
import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationInput;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.InstructRequest;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.internal.MistralJson;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.models.ReactiveModelsApi;
import io.github.mistralspring.client.models.UpdateFtModelIn;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map from the seed specification's operations to the client: for each operationId, the
 * client's declared {@link MistralOperation} (method, path, streaming) and how to call it through
 * the blocking {@link MistralClient} with a typed request.
 */
final class Bindings {

  private static final JsonMapper JSON = MistralJson.mapper();

  /** Calls the client: the typed request (null for operations without a body) and parameters. */
  @FunctionalInterface
  interface Invoker {
    Object invoke(MistralClient client, Object request, Map<String, String> params);
  }

  /** How an operation's server-sent events are framed and ended. */
  enum Sse {
    /**
     * {@code data: <chunk>} lines ended by {@code data: [DONE]} (chat, FIM, agents completions).
     */
    DONE_MARKER,
    /**
     * {@code event: <type>} and {@code data: <event with that type>} pairs, ended by a {@code
     * conversation.response.done} event and no {@code [DONE]} (beta conversations).
     */
    CONVERSATION_EVENTS
  }

  /**
   * One client method bound to one spec operation.
   *
   * @param reader turns a JSON request body into the typed request
   * @param sse the event framing of a streaming operation (ignored for others)
   */
  record Binding(
      String operationId,
      MistralOperation operation,
      Class<?> requestType,
      Invoker invoker,
      Function<JsonNode, Object> reader,
      Sse sse) {

    Binding(String operationId, MistralOperation operation, Class<?> requestType, Invoker invoker) {
      this(operationId, operation, requestType, invoker, Sse.DONE_MARKER);
    }

    Binding(
        String operationId,
        MistralOperation operation,
        Class<?> requestType,
        Invoker invoker,
        Function<JsonNode, Object> reader) {
      this(operationId, operation, requestType, invoker, reader, Sse.DONE_MARKER);
    }

    Binding(
        String operationId,
        MistralOperation operation,
        Class<?> requestType,
        Invoker invoker,
        Sse sse) {
      this(
          operationId,
          operation,
          requestType,
          invoker,
          requestType == null ? json -> null : json -> JSON.treeToValue(json, requestType),
          sse);
    }

    boolean streaming() {
      return operation.streaming();
    }

    String clientMethod() {
      return operation.name();
    }
  }

  /**
   * Seed operations the client does not implement yet (issue 4: files, fine-tuning jobs, batch).
   * May only shrink: the coverage test fails when one of these is in fact covered by a declared
   * client operation.
   */
  static final Set<String> KNOWN_MISSING =
      Set.of(
          // issue 4: files
          "files_api_routes_upload_file",
          "files_api_routes_list_files",
          "files_api_routes_retrieve_file",
          "files_api_routes_delete_file",
          "files_api_routes_download_file",
          "files_api_routes_get_signed_url",
          // issue 4: fine-tuning jobs
          "jobs_api_routes_fine_tuning_get_fine_tuning_jobs",
          "jobs_api_routes_fine_tuning_create_fine_tuning_job",
          "jobs_api_routes_fine_tuning_get_fine_tuning_job",
          "jobs_api_routes_fine_tuning_cancel_fine_tuning_job",
          "jobs_api_routes_fine_tuning_start_fine_tuning_job",
          // issue 4: batch jobs
          "jobs_api_routes_batch_get_batch_jobs",
          "jobs_api_routes_batch_create_batch_job",
          "jobs_api_routes_batch_get_batch_job",
          "jobs_api_routes_batch_cancel_batch_job");

  /**
   * Requests, valid against the live schema, that the client refuses to send by design.
   *
   * @param refuses whether the client refuses this request body
   * @param reason why that is a design choice and not a defect, for the report
   */
  record Refusal(Predicate<JsonNode> refuses, String reason) {}

  private static final Refusal EMPTY_APPEND =
      new Refusal(
          json -> !json.has("inputs") && !json.has("tool_confirmations"),
          "an append with neither inputs nor tool_confirmations (the live spec makes both optional"
              + " so that an append may carry only confirmations; one with neither has nothing to"
              + " append, and the seed required inputs)");

  /** By operationId; the request check skips these variants and notes them. */
  static final Map<String, Refusal> REFUSED_BY_DESIGN =
      Map.of(
          "agents_api_v1_conversations_append", EMPTY_APPEND,
          "agents_api_v1_conversations_append_stream", EMPTY_APPEND);

  static final List<Binding> ALL =
      List.of(
          new Binding(
              "list_models_v1_models_get",
              ReactiveModelsApi.LIST,
              null,
              (c, r, p) -> c.models().list(p.get("provider"), p.get("model"))),
          new Binding(
              "retrieve_model_v1_models__model_id__get",
              ReactiveModelsApi.RETRIEVE,
              null,
              (c, r, p) -> c.models().retrieve(p.get("model_id"))),
          new Binding(
              "delete_model_v1_models__model_id__delete",
              ReactiveModelsApi.DELETE,
              null,
              (c, r, p) -> c.models().delete(p.get("model_id"))),
          new Binding(
              "jobs_api_routes_fine_tuning_update_fine_tuned_model",
              ReactiveModelsApi.UPDATE_FINE_TUNED,
              UpdateFtModelIn.class,
              (c, r, p) -> c.models().updateFineTuned(p.get("model_id"), (UpdateFtModelIn) r)),
          new Binding(
              "jobs_api_routes_fine_tuning_archive_fine_tuned_model",
              ReactiveModelsApi.ARCHIVE,
              null,
              (c, r, p) -> c.models().archive(p.get("model_id"))),
          new Binding(
              "jobs_api_routes_fine_tuning_unarchive_fine_tuned_model",
              ReactiveModelsApi.UNARCHIVE,
              null,
              (c, r, p) -> c.models().unarchive(p.get("model_id"))),
          new Binding(
              "chat_completion_v1_chat_completions_post",
              ReactiveChatApi.COMPLETE,
              ChatCompletionRequest.class,
              (c, r, p) -> c.chat().complete((ChatCompletionRequest) r)),
          new Binding(
              "chat_completion_v1_chat_completions_post",
              ReactiveChatApi.STREAM,
              ChatCompletionRequest.class,
              (c, r, p) -> collect(c.chat().stream((ChatCompletionRequest) r))),
          new Binding(
              "fim_completion_v1_fim_completions_post",
              ReactiveFimApi.COMPLETE,
              FimCompletionRequest.class,
              (c, r, p) -> c.fim().complete((FimCompletionRequest) r)),
          new Binding(
              "fim_completion_v1_fim_completions_post",
              ReactiveFimApi.STREAM,
              FimCompletionRequest.class,
              (c, r, p) -> collect(c.fim().stream((FimCompletionRequest) r))),
          new Binding(
              "agents_completion_v1_agents_completions_post",
              ReactiveAgentsApi.COMPLETE,
              AgentsCompletionRequest.class,
              (c, r, p) -> c.agents().complete((AgentsCompletionRequest) r)),
          new Binding(
              "agents_completion_v1_agents_completions_post",
              ReactiveAgentsApi.STREAM,
              AgentsCompletionRequest.class,
              (c, r, p) -> collect(c.agents().stream((AgentsCompletionRequest) r))),
          new Binding(
              "embeddings_v1_embeddings_post",
              ReactiveEmbeddingsApi.CREATE,
              EmbeddingRequest.class,
              (c, r, p) -> c.embeddings().create((EmbeddingRequest) r)),
          new Binding(
              "moderations_v1_moderations_post",
              ReactiveClassifiersApi.MODERATE,
              ClassificationRequest.class,
              (c, r, p) -> c.classifiers().moderate((ClassificationRequest) r)),
          new Binding(
              "chat_moderations_v1_chat_moderations_post",
              ReactiveClassifiersApi.MODERATE_CHAT,
              ChatModerationRequest.class,
              (c, r, p) -> c.classifiers().moderateChat((ChatModerationRequest) r),
              Bindings::chatModerationRequest),
          new Binding(
              "ocr_v1_ocr_post",
              ReactiveOcrApi.PROCESS,
              OcrRequest.class,
              (c, r, p) -> c.ocr().process((OcrRequest) r)),
          new Binding(
              "classifications_v1_classifications_post",
              ReactiveClassifiersApi.CLASSIFY,
              ClassificationRequest.class,
              (c, r, p) -> c.classifiers().classify((ClassificationRequest) r)),
          new Binding(
              "chat_classifications_v1_chat_classifications_post",
              ReactiveClassifiersApi.CLASSIFY_CHAT,
              ChatClassificationRequest.class,
              (c, r, p) -> c.classifiers().classifyChat((ChatClassificationRequest) r),
              Bindings::chatClassificationRequest),
          // beta conversations
          new Binding(
              "agents_api_v1_conversations_start",
              ReactiveConversationsApi.START,
              ConversationRequest.class,
              (c, r, p) -> c.beta().conversations().start((ConversationRequest) r)),
          new Binding(
              "agents_api_v1_conversations_start_stream",
              ReactiveConversationsApi.START_STREAM,
              ConversationRequest.class,
              (c, r, p) -> collect(c.beta().conversations().startStream((ConversationRequest) r)),
              Sse.CONVERSATION_EVENTS),
          new Binding(
              "agents_api_v1_conversations_list",
              ReactiveConversationsApi.LIST,
              null,
              (c, r, p) ->
                  c.beta()
                      .conversations()
                      .list(integer(p.get("page")), integer(p.get("page_size")))),
          new Binding(
              "agents_api_v1_conversations_get",
              ReactiveConversationsApi.GET,
              null,
              (c, r, p) -> c.beta().conversations().get(p.get("conversation_id"))),
          new Binding(
              "agents_api_v1_conversations_append",
              ReactiveConversationsApi.APPEND,
              ConversationAppendRequest.class,
              (c, r, p) ->
                  c.beta()
                      .conversations()
                      .append(p.get("conversation_id"), (ConversationAppendRequest) r)),
          new Binding(
              "agents_api_v1_conversations_append_stream",
              ReactiveConversationsApi.APPEND_STREAM,
              ConversationAppendRequest.class,
              (c, r, p) ->
                  collect(
                      c.beta()
                          .conversations()
                          .appendStream(p.get("conversation_id"), (ConversationAppendRequest) r)),
              Sse.CONVERSATION_EVENTS),
          new Binding(
              "agents_api_v1_conversations_history",
              ReactiveConversationsApi.HISTORY,
              null,
              (c, r, p) -> c.beta().conversations().history(p.get("conversation_id"))),
          new Binding(
              "agents_api_v1_conversations_messages",
              ReactiveConversationsApi.MESSAGES,
              null,
              (c, r, p) -> c.beta().conversations().messages(p.get("conversation_id"))),
          new Binding(
              "agents_api_v1_conversations_restart",
              ReactiveConversationsApi.RESTART,
              ConversationRestartRequest.class,
              (c, r, p) ->
                  c.beta()
                      .conversations()
                      .restart(p.get("conversation_id"), (ConversationRestartRequest) r)),
          new Binding(
              "agents_api_v1_conversations_restart_stream",
              ReactiveConversationsApi.RESTART_STREAM,
              ConversationRestartRequest.class,
              (c, r, p) ->
                  collect(
                      c.beta()
                          .conversations()
                          .restartStream(p.get("conversation_id"), (ConversationRestartRequest) r)),
              Sse.CONVERSATION_EVENTS),
          // beta agents
          new Binding(
              "agents_api_v1_agents_create",
              ReactiveBetaAgentsApi.CREATE,
              AgentCreationRequest.class,
              (c, r, p) -> c.beta().agents().create((AgentCreationRequest) r)),
          new Binding(
              "agents_api_v1_agents_list",
              ReactiveBetaAgentsApi.LIST,
              null,
              (c, r, p) ->
                  c.beta().agents().list(integer(p.get("page")), integer(p.get("page_size")))),
          new Binding(
              "agents_api_v1_agents_get",
              ReactiveBetaAgentsApi.GET,
              null,
              (c, r, p) -> c.beta().agents().get(p.get("agent_id"))),
          new Binding(
              "agents_api_v1_agents_update",
              ReactiveBetaAgentsApi.UPDATE,
              AgentUpdateRequest.class,
              (c, r, p) -> c.beta().agents().update(p.get("agent_id"), (AgentUpdateRequest) r)),
          new Binding(
              "agents_api_v1_agents_update_version",
              ReactiveBetaAgentsApi.UPDATE_VERSION,
              null,
              (c, r, p) ->
                  c.beta().agents().updateVersion(p.get("agent_id"), integer(p.get("version")))));

  private Bindings() {}

  /**
   * {@link ChatModerationRequest} has no JSON creator (its input is write-only), so it is built
   * with its factories from the parts, which do read; other properties go to its extra body.
   */
  private static Object chatModerationRequest(JsonNode json) {
    JsonNode input = json.path("input");
    ChatModerationInput parsed;
    if (input.size() > 0 && input.get(0).isArray()) {
      List<List<ChatMessage>> conversations = new ArrayList<>();
      for (JsonNode conversation : input) {
        conversations.add(messages(conversation));
      }
      parsed = ChatModerationInput.ofConversations(conversations);
    } else {
      parsed = ChatModerationInput.of(messages(input));
    }
    return new ChatModerationRequest(json.path("model").asString(null), parsed, extra(json));
  }

  /** As {@link #chatModerationRequest}: {@link ChatClassificationInput} is write-only. */
  private static Object chatClassificationRequest(JsonNode json) {
    JsonNode input = json.path("input");
    ChatClassificationInput parsed;
    if (input.isArray()) {
      List<InstructRequest> requests = new ArrayList<>();
      for (JsonNode request : input) {
        requests.add(JSON.treeToValue(request, InstructRequest.class));
      }
      parsed = ChatClassificationInput.of(requests);
    } else {
      parsed = ChatClassificationInput.of(JSON.treeToValue(input, InstructRequest.class));
    }
    return new ChatClassificationRequest(json.path("model").asString(null), parsed, extra(json));
  }

  private static List<ChatMessage> messages(JsonNode array) {
    List<ChatMessage> messages = new ArrayList<>();
    for (JsonNode message : array) {
      messages.add(JSON.treeToValue(message, ChatMessage.class));
    }
    return messages;
  }

  private static Map<String, Object> extra(JsonNode json) {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!field.getKey().equals("model") && !field.getKey().equals("input")) {
        extra.put(field.getKey(), JSON.treeToValue(field.getValue(), Object.class));
      }
    }
    return extra;
  }

  static List<Binding> of(String operationId) {
    return ALL.stream().filter(b -> b.operationId().equals(operationId)).toList();
  }

  /** The binding that serves a recorded exchange: same method, path and streaming. */
  static Optional<Binding> forExchange(String method, String path, boolean streaming) {
    return ALL.stream()
        .filter(b -> b.operation().method().equals(method))
        .filter(b -> b.operation().path().equals(path))
        .filter(b -> b.streaming() == streaming)
        .findFirst();
  }

  /** A query parameter's generated value as the client method's integer; null when absent. */
  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value);
  }

  private static <T> List<T> collect(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }
}
