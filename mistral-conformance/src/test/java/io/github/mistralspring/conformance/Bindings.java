package io.github.mistralspring.conformance;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.speech.SpeechFormat;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.batch.BatchJobRequest;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentAliasesApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentVersionsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.beta.libraries.DocumentUpdateRequest;
import io.github.mistralspring.client.beta.libraries.DocumentUpload;
import io.github.mistralspring.client.beta.libraries.LibraryAccessRequest;
import io.github.mistralspring.client.beta.libraries.LibraryRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUnshareRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUpdateRequest;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibrariesApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryAccessesApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryDocumentsApi;
import io.github.mistralspring.client.catalog.FineTunedModelUpdateRequest;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.classifiers.ChatClassificationInput;
import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationInput;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.InstructRequest;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileSource;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.files.FileVisibility;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.files.SampleType;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.finetuning.ClassifierTrainingParameters;
import io.github.mistralspring.client.finetuning.CompletionTrainingParameters;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.finetuning.TrainingParameters;
import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map from the specifications' operations (the seed's, and the July 2026 additions) to the
 * client: for each operationId, the client's declared {@link MistralOperation} (method, path,
 * streaming) and how to call it through the blocking {@link MistralClient} with a typed request.
 */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
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
    DONE_MARKER(),
    /**
     * {@code event: <type>} and {@code data: <event with that type>} pairs, ended by a {@code
     * conversation.response.done} event and no {@code [DONE]} (beta conversations).
     */
    CONVERSATION_EVENTS("conversation.response.done", "ResponseDoneEvent", false),
    /**
     * {@code event: <type>} and {@code data: <event with that type>} pairs, ended by a {@code
     * transcription.done} event and no {@code [DONE]} (audio transcriptions, July 2026).
     */
    TRANSCRIPTION_EVENTS("transcription.done", "TranscriptionStreamDone", true),
    /** As {@link #TRANSCRIPTION_EVENTS}, ended by {@code speech.audio.done} (speech). */
    SPEECH_EVENTS("speech.audio.done", "SpeechStreamDone", true);

    /** The type of the event that ends the stream, or null for {@link #DONE_MARKER}. */
    final String doneType;

    /** The schema of that event. */
    final String doneSchema;

    /** Whether the schema is the July 2026 specification's (else the seed's). */
    final boolean live;

    Sse() {
      this(null, null, false);
    }

    Sse(String doneType, String doneSchema, boolean live) {
      this.doneType = doneType;
      this.doneSchema = doneSchema;
      this.live = live;
    }

    /** Whether events are named and the stream ends with an event of its own. */
    boolean typedEvents() {
      return doneType != null;
    }
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
   * Seed operations the client does not implement yet ({@link KnownMissingAdditions} lists those of
   * the July 2026 specification). May only shrink: the coverage test fails when one of these is in
   * fact covered by a declared client operation.
   */
  static final Set<String> KNOWN_MISSING = Set.of();

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

  /** The fields that name a transcription's audio: the API takes one of them. */
  static final List<String> AUDIO_SOURCES = List.of("file", "file_url", "file_id");

  private static final Refusal NO_AUDIO =
      new Refusal(
          json -> AUDIO_SOURCES.stream().noneMatch(json::has),
          "a transcription of no audio, with none of file, file_url and file_id (the spec makes"
              + " each optional, as any one of them will do; with none there is nothing to"
              + " transcribe, and the client says so before sending)");

  /** By operationId; the request check skips these variants and notes them. */
  static final Map<String, Refusal> REFUSED_BY_DESIGN =
      Map.of(
          "agents_api_v1_conversations_append", EMPTY_APPEND,
          "agents_api_v1_conversations_append_stream", EMPTY_APPEND,
          "audio_api_v1_transcriptions_post", NO_AUDIO,
          "audio_api_v1_transcriptions_post_stream", NO_AUDIO);

  /**
   * By operationId, fields of which a request carries one only, though the schema makes each
   * optional: a generated request that has several is checked once per field, with that one alone,
   * so that every one of them is seen sent.
   */
  static final Map<String, List<String>> ONE_OF_FIELDS =
      Map.of(
          "audio_api_v1_transcriptions_post", AUDIO_SOURCES,
          "audio_api_v1_transcriptions_post_stream", AUDIO_SOURCES);

  /**
   * By operationId, path or query values the binding is called with in place of generated ones,
   * where the spec types a parameter looser than the API means it.
   */
  static final Map<String, Map<String, String>> PARAMETER_VALUES =
      Map.of(
          // The spec types the path's version as a string; the API's versions are numbers ("Get a
          // specific agent version by version number"), and the client takes an int.
          "agents_api_v1_agents_get_version", Map.of("version", "3"));

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
              FineTunedModelUpdateRequest.class,
              (c, r, p) -> c.models().update(p.get("model_id"), (FineTunedModelUpdateRequest) r)),
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
              (c, r, p) -> c.embeddings().embed((EmbeddingRequest) r)),
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
              ReactiveBetaConversationsApi.START,
              ConversationRequest.class,
              (c, r, p) -> c.beta().conversations().start((ConversationRequest) r)),
          new Binding(
              "agents_api_v1_conversations_start_stream",
              ReactiveBetaConversationsApi.START_STREAM,
              ConversationRequest.class,
              (c, r, p) -> collect(c.beta().conversations().startStream((ConversationRequest) r)),
              Sse.CONVERSATION_EVENTS),
          new Binding(
              "agents_api_v1_conversations_list",
              ReactiveBetaConversationsApi.LIST,
              null,
              (c, r, p) ->
                  c.beta()
                      .conversations()
                      .list(integer(p.get("page")), integer(p.get("page_size")))),
          new Binding(
              "agents_api_v1_conversations_get",
              ReactiveBetaConversationsApi.RETRIEVE,
              null,
              (c, r, p) -> c.beta().conversations().retrieve(p.get("conversation_id"))),
          new Binding(
              "agents_api_v1_conversations_append",
              ReactiveBetaConversationsApi.APPEND,
              ConversationAppendRequest.class,
              (c, r, p) ->
                  c.beta()
                      .conversations()
                      .append(p.get("conversation_id"), (ConversationAppendRequest) r)),
          new Binding(
              "agents_api_v1_conversations_append_stream",
              ReactiveBetaConversationsApi.APPEND_STREAM,
              ConversationAppendRequest.class,
              (c, r, p) ->
                  collect(
                      c.beta()
                          .conversations()
                          .appendStream(p.get("conversation_id"), (ConversationAppendRequest) r)),
              Sse.CONVERSATION_EVENTS),
          new Binding(
              "agents_api_v1_conversations_history",
              ReactiveBetaConversationsApi.HISTORY,
              null,
              (c, r, p) -> c.beta().conversations().history(p.get("conversation_id"))),
          new Binding(
              "agents_api_v1_conversations_messages",
              ReactiveBetaConversationsApi.MESSAGES,
              null,
              (c, r, p) -> c.beta().conversations().messages(p.get("conversation_id"))),
          new Binding(
              "agents_api_v1_conversations_restart",
              ReactiveBetaConversationsApi.RESTART,
              ConversationRestartRequest.class,
              (c, r, p) ->
                  c.beta()
                      .conversations()
                      .restart(p.get("conversation_id"), (ConversationRestartRequest) r)),
          new Binding(
              "agents_api_v1_conversations_restart_stream",
              ReactiveBetaConversationsApi.RESTART_STREAM,
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
              AgentRequest.class,
              (c, r, p) -> c.beta().agents().create((AgentRequest) r)),
          new Binding(
              "agents_api_v1_agents_list",
              ReactiveBetaAgentsApi.LIST,
              null,
              (c, r, p) ->
                  c.beta().agents().list(integer(p.get("page")), integer(p.get("page_size")))),
          new Binding(
              "agents_api_v1_agents_get",
              ReactiveBetaAgentsApi.RETRIEVE,
              null,
              (c, r, p) -> c.beta().agents().retrieve(p.get("agent_id"))),
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
                  c.beta().agents().updateVersion(p.get("agent_id"), integer(p.get("version")))),
          // beta agents (July 2026)
          new Binding(
              "agents_api_v1_agents_delete",
              ReactiveBetaAgentsApi.DELETE,
              null,
              (c, r, p) -> {
                c.beta().agents().delete(p.get("agent_id"));
                return null;
              }),
          new Binding(
              "agents_api_v1_agents_list_pages",
              ReactiveBetaAgentsApi.LIST_PAGES,
              null,
              (c, r, p) ->
                  c.beta().agents().listPage(p.get("page_token"), integer(p.get("page_size")))),
          new Binding(
              "agents_api_v1_agents_list_versions",
              ReactiveBetaAgentVersionsApi.LIST,
              null,
              (c, r, p) ->
                  c.beta()
                      .agents()
                      .versions()
                      .list(
                          p.get("agent_id"), integer(p.get("page")), integer(p.get("page_size")))),
          new Binding(
              "agents_api_v1_agents_get_version",
              ReactiveBetaAgentVersionsApi.RETRIEVE,
              null,
              (c, r, p) ->
                  c.beta()
                      .agents()
                      .versions()
                      .retrieve(p.get("agent_id"), integer(p.get("version")))),
          new Binding(
              "agents_api_v1_agents_create_or_update_alias",
              ReactiveBetaAgentAliasesApi.UPDATE,
              null,
              (c, r, p) ->
                  c.beta()
                      .agents()
                      .aliases()
                      .update(p.get("agent_id"), p.get("alias"), integer(p.get("version")))),
          new Binding(
              "agents_api_v1_agents_list_version_aliases",
              ReactiveBetaAgentAliasesApi.LIST,
              null,
              (c, r, p) -> c.beta().agents().aliases().list(p.get("agent_id"))),
          new Binding(
              "agents_api_v1_agents_delete_alias",
              ReactiveBetaAgentAliasesApi.DELETE,
              null,
              (c, r, p) -> {
                c.beta().agents().aliases().delete(p.get("agent_id"), p.get("alias"));
                return null;
              }),
          new Binding(
              "agents_api_v1_conversations_delete",
              ReactiveBetaConversationsApi.DELETE,
              null,
              (c, r, p) -> {
                c.beta().conversations().delete(p.get("conversation_id"));
                return null;
              }),
          // beta libraries (July 2026)
          new Binding(
              "libraries_list_v1",
              ReactiveBetaLibrariesApi.LIST,
              null,
              (c, r, p) -> c.beta().libraries().list()),
          new Binding(
              "libraries_create_v1",
              ReactiveBetaLibrariesApi.CREATE,
              LibraryRequest.class,
              (c, r, p) -> c.beta().libraries().create((LibraryRequest) r)),
          new Binding(
              "libraries_get_v1",
              ReactiveBetaLibrariesApi.RETRIEVE,
              null,
              (c, r, p) -> c.beta().libraries().retrieve(p.get("library_id"))),
          new Binding(
              "libraries_delete_v1",
              ReactiveBetaLibrariesApi.DELETE,
              null,
              (c, r, p) -> c.beta().libraries().delete(p.get("library_id"))),
          new Binding(
              "libraries_update_v1",
              ReactiveBetaLibrariesApi.UPDATE,
              LibraryUpdateRequest.class,
              (c, r, p) ->
                  c.beta().libraries().update(p.get("library_id"), (LibraryUpdateRequest) r)),
          new Binding(
              "libraries_documents_list_v1",
              ReactiveBetaLibraryDocumentsApi.LIST,
              null,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .list(
                          p.get("library_id"),
                          DocumentListQuery.builder()
                              .search(p.get("search"))
                              .pageSize(integer(p.get("page_size")))
                              .page(integer(p.get("page")))
                              .filtersAttributes(p.get("filters_attributes"))
                              .sortBy(p.get("sort_by"))
                              .sortOrder(p.get("sort_order"))
                              .build())),
          new Binding(
              "libraries_documents_upload_v1",
              ReactiveBetaLibraryDocumentsApi.UPLOAD,
              DocumentUpload.class,
              (c, r, p) ->
                  c.beta().libraries().documents().upload(p.get("library_id"), (DocumentUpload) r),
              Bindings::documentUpload),
          new Binding(
              "libraries_documents_get_v1",
              ReactiveBetaLibraryDocumentsApi.RETRIEVE,
              null,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .retrieve(p.get("library_id"), p.get("document_id"))),
          new Binding(
              "libraries_documents_update_v1",
              ReactiveBetaLibraryDocumentsApi.UPDATE,
              DocumentUpdateRequest.class,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .update(
                          p.get("library_id"), p.get("document_id"), (DocumentUpdateRequest) r)),
          new Binding(
              "libraries_documents_delete_v1",
              ReactiveBetaLibraryDocumentsApi.DELETE,
              null,
              (c, r, p) -> {
                c.beta().libraries().documents().delete(p.get("library_id"), p.get("document_id"));
                return null;
              }),
          new Binding(
              "libraries_documents_get_text_content_v1",
              ReactiveBetaLibraryDocumentsApi.TEXT_CONTENT,
              null,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .textContent(p.get("library_id"), p.get("document_id"))),
          new Binding(
              "libraries_documents_get_status_v1",
              ReactiveBetaLibraryDocumentsApi.STATUS,
              null,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .status(p.get("library_id"), p.get("document_id"))),
          new Binding(
              "libraries_documents_get_signed_url_v1",
              ReactiveBetaLibraryDocumentsApi.SIGNED_URL,
              null,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .signedUrl(p.get("library_id"), p.get("document_id"))),
          new Binding(
              "libraries_documents_get_extracted_text_signed_url_v1",
              ReactiveBetaLibraryDocumentsApi.EXTRACTED_TEXT_SIGNED_URL,
              null,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .documents()
                      .extractedTextSignedUrl(p.get("library_id"), p.get("document_id"))),
          new Binding(
              "libraries_documents_reprocess_v1",
              ReactiveBetaLibraryDocumentsApi.REPROCESS,
              null,
              (c, r, p) -> {
                c.beta()
                    .libraries()
                    .documents()
                    .reprocess(p.get("library_id"), p.get("document_id"));
                return null;
              }),
          new Binding(
              "libraries_share_list_v1",
              ReactiveBetaLibraryAccessesApi.LIST,
              null,
              (c, r, p) -> c.beta().libraries().accesses().list(p.get("library_id"))),
          new Binding(
              "libraries_share_create_v1",
              ReactiveBetaLibraryAccessesApi.UPDATE,
              LibraryAccessRequest.class,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .accesses()
                      .update(p.get("library_id"), (LibraryAccessRequest) r)),
          new Binding(
              "libraries_share_delete_v1",
              ReactiveBetaLibraryAccessesApi.DELETE,
              LibraryUnshareRequest.class,
              (c, r, p) ->
                  c.beta()
                      .libraries()
                      .accesses()
                      .delete(p.get("library_id"), (LibraryUnshareRequest) r)),
          // files
          new Binding(
              "files_api_routes_upload_file",
              ReactiveFilesApi.UPLOAD,
              FileUploadRequest.class,
              (c, r, p) -> c.files().upload((FileUploadRequest) r),
              Bindings::fileUpload),
          new Binding(
              "files_api_routes_list_files",
              ReactiveFilesApi.LIST,
              null,
              (c, r, p) ->
                  c.files()
                      .list(
                          FileListQuery.builder()
                              .page(integer(p.get("page")))
                              .pageSize(integer(p.get("page_size")))
                              .includeTotal(bool(p.get("include_total")))
                              .sampleTypes(strings(p.get("sample_type"), SampleType::of))
                              .sources(strings(p.get("source"), FileSource::of))
                              .search(p.get("search"))
                              .purpose(
                                  p.get("purpose") == null
                                      ? null
                                      : FilePurpose.of(p.get("purpose")))
                              .mimetypes(strings(p.get("mimetypes"), s -> s))
                              .build())),
          new Binding(
              "files_api_routes_retrieve_file",
              ReactiveFilesApi.RETRIEVE,
              null,
              (c, r, p) -> c.files().retrieve(p.get("file_id"))),
          new Binding(
              "files_api_routes_delete_file",
              ReactiveFilesApi.DELETE,
              null,
              (c, r, p) -> c.files().delete(p.get("file_id"))),
          new Binding(
              "files_api_routes_download_file",
              ReactiveFilesApi.DOWNLOAD,
              null,
              (c, r, p) -> readAll(c.files().download(p.get("file_id")))),
          new Binding(
              "files_api_routes_get_signed_url",
              ReactiveFilesApi.SIGNED_URL,
              null,
              (c, r, p) -> c.files().signedUrl(p.get("file_id"), integer(p.get("expiry")))),
          // fine-tuning jobs
          new Binding(
              "jobs_api_routes_fine_tuning_get_fine_tuning_jobs",
              ReactiveFineTuningApi.LIST,
              null,
              (c, r, p) ->
                  c.fineTuning()
                      .list(
                          FineTuningJobListQuery.builder()
                              .page(integer(p.get("page")))
                              .pageSize(integer(p.get("page_size")))
                              .model(p.get("model"))
                              .createdAfter(dateTime(p.get("created_after")))
                              .createdBefore(dateTime(p.get("created_before")))
                              .createdByMe(bool(p.get("created_by_me")))
                              .status(
                                  p.get("status") == null ? null : JobStatus.of(p.get("status")))
                              .wandbProject(p.get("wandb_project"))
                              .wandbName(p.get("wandb_name"))
                              .suffix(p.get("suffix"))
                              .build())),
          new Binding(
              "jobs_api_routes_fine_tuning_create_fine_tuning_job",
              ReactiveFineTuningApi.CREATE,
              FineTuningJobRequest.class,
              // With dry_run the answer may be a job or the estimates: the union the spec declares.
              (c, r, p) ->
                  c.fineTuning()
                      .create((FineTuningJobRequest) r, Boolean.parseBoolean(p.get("dry_run"))),
              Bindings::jobIn),
          new Binding(
              "jobs_api_routes_fine_tuning_get_fine_tuning_job",
              ReactiveFineTuningApi.RETRIEVE,
              null,
              (c, r, p) -> c.fineTuning().retrieve(p.get("job_id"))),
          new Binding(
              "jobs_api_routes_fine_tuning_cancel_fine_tuning_job",
              ReactiveFineTuningApi.CANCEL,
              null,
              (c, r, p) -> c.fineTuning().cancel(p.get("job_id"))),
          new Binding(
              "jobs_api_routes_fine_tuning_start_fine_tuning_job",
              ReactiveFineTuningApi.START,
              null,
              (c, r, p) -> c.fineTuning().start(p.get("job_id"))),
          // batch jobs
          new Binding(
              "jobs_api_routes_batch_get_batch_jobs",
              ReactiveBatchApi.LIST,
              null,
              (c, r, p) ->
                  c.batch()
                      .list(
                          orderBy(
                              BatchJobListQuery.builder()
                                  .page(integer(p.get("page")))
                                  .pageSize(integer(p.get("page_size")))
                                  .model(p.get("model"))
                                  .agentId(p.get("agent_id"))
                                  .metadata(textMap(p.get("metadata")))
                                  .createdAfter(dateTime(p.get("created_after")))
                                  .createdByMe(bool(p.get("created_by_me")))
                                  .statuses(strings(p.get("status"), JobStatus::of)),
                              p.get("order_by")))),
          new Binding(
              "jobs_api_routes_batch_create_batch_job",
              ReactiveBatchApi.CREATE,
              BatchJobRequest.class,
              (c, r, p) -> c.batch().create((BatchJobRequest) r)),
          new Binding(
              "jobs_api_routes_batch_get_batch_job",
              ReactiveBatchApi.RETRIEVE,
              null,
              (c, r, p) -> c.batch().retrieve(p.get("job_id"), bool(p.get("inline")))),
          new Binding(
              "jobs_api_routes_batch_cancel_batch_job",
              ReactiveBatchApi.CANCEL,
              null,
              (c, r, p) -> c.batch().cancel(p.get("job_id"))),
          // audio (July 2026)
          new Binding(
              "audio_api_v1_transcriptions_post",
              ReactiveTranscriptionsApi.CREATE,
              TranscriptionRequest.class,
              (c, r, p) -> c.audio().transcriptions().create((TranscriptionRequest) r),
              Bindings::transcriptionRequest),
          new Binding(
              "audio_api_v1_transcriptions_post_stream",
              ReactiveTranscriptionsApi.STREAM,
              TranscriptionRequest.class,
              (c, r, p) -> collect(c.audio().transcriptions().stream((TranscriptionRequest) r)),
              Bindings::transcriptionRequest,
              Sse.TRANSCRIPTION_EVENTS),
          new Binding(
              "speech_v1_audio_speech_post",
              ReactiveSpeechApi.CREATE,
              SpeechRequest.class,
              (c, r, p) -> c.audio().speech().create((SpeechRequest) r),
              Bindings::speechRequest),
          new Binding(
              "speech_v1_audio_speech_post",
              ReactiveSpeechApi.STREAM,
              SpeechRequest.class,
              (c, r, p) -> collect(c.audio().speech().stream((SpeechRequest) r)),
              Bindings::speechRequest,
              Sse.SPEECH_EVENTS),
          new Binding(
              "list_voices_v1_audio_voices_get",
              ReactiveVoicesApi.LIST,
              null,
              (c, r, p) ->
                  c.audio().voices().list(integer(p.get("limit")), integer(p.get("offset")))),
          new Binding(
              "create_voice_v1_audio_voices_post",
              ReactiveVoicesApi.CREATE,
              VoiceCreateRequest.class,
              (c, r, p) -> c.audio().voices().create((VoiceCreateRequest) r),
              Bindings::voiceCreateRequest),
          new Binding(
              "get_voice_v1_audio_voices__voice_id__get",
              ReactiveVoicesApi.RETRIEVE,
              null,
              (c, r, p) -> c.audio().voices().retrieve(p.get("voice_id"))),
          new Binding(
              "update_voice_v1_audio_voices__voice_id__patch",
              ReactiveVoicesApi.UPDATE,
              VoiceUpdateRequest.class,
              (c, r, p) -> c.audio().voices().update(p.get("voice_id"), (VoiceUpdateRequest) r),
              Bindings::voiceUpdateRequest),
          new Binding(
              "delete_voice_v1_audio_voices__voice_id__delete",
              ReactiveVoicesApi.DELETE,
              null,
              (c, r, p) -> c.audio().voices().delete(p.get("voice_id"))),
          new Binding(
              "get_voice_sample_audio_v1_audio_voices__voice_id__sample_get",
              ReactiveVoicesApi.SAMPLE,
              null,
              (c, r, p) -> readAll(c.audio().voices().downloadSample(p.get("voice_id")))));

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
    ChatModerationRequest.Builder request =
        ChatModerationRequest.builder().model(json.path("model").asString(null)).input(parsed);
    extra(json).forEach(request::extraBody);
    return request.build();
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
    ChatClassificationRequest.Builder request =
        ChatClassificationRequest.builder().model(json.path("model").asString(null)).input(parsed);
    extra(json).forEach(request::extraBody);
    return request.build();
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

  @JsonDeserialize(as = CompletionTrainingParameters.class)
  private interface AsCompletionParameters {}

  @JsonDeserialize(as = ClassifierTrainingParameters.class)
  private interface AsClassifierParameters {}

  private static final JsonMapper COMPLETION_JOB_READER =
      JSON.rebuild().addMixIn(TrainingParameters.class, AsCompletionParameters.class).build();

  private static final JsonMapper CLASSIFIER_JOB_READER =
      JSON.rebuild().addMixIn(TrainingParameters.class, AsClassifierParameters.class).build();

  /**
   * {@link FineTuningJobRequest}'s {@link TrainingParameters} is write-only (a sealed interface
   * with no JSON creator: the API's {@code hyperparameters} union has no discriminator), so it is
   * read with a mix-in: as {@link CompletionTrainingParameters} when it has {@code fim_ratio} or
   * the job is not a classifier job, else as {@link ClassifierTrainingParameters}.
   */
  private static Object jobIn(JsonNode json) {
    boolean classifier =
        !json.path("hyperparameters").has("fim_ratio")
            && "classifier".equals(json.path("job_type").asString(""));
    return (classifier ? CLASSIFIER_JOB_READER : COMPLETION_JOB_READER)
        .treeToValue(json, FineTuningJobRequest.class);
  }

  /** The name of the file every upload sends. */
  static final String UPLOAD_FILENAME = "conformance-upload.jsonl";

  /**
   * The content of every upload: a JSON line, then every byte value (not UTF-8), so that a part
   * that is re-encoded as text on the way does not come through intact.
   */
  static final byte[] UPLOAD_CONTENT = uploadContent();

  private static byte[] uploadContent() {
    byte[] line = "{\"prompt\": \"é\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[line.length + 256];
    System.arraycopy(line, 0, content, 0, line.length);
    for (int i = 0; i < 256; i++) {
      content[line.length + i] = (byte) i;
    }
    return content;
  }

  /** A document upload: its one field, {@code file}, stands for {@link #UPLOAD_CONTENT}. */
  private static Object documentUpload(JsonNode json) {
    return DocumentUpload.of(new ByteArrayResource(UPLOAD_CONTENT), UPLOAD_FILENAME);
  }

  /**
   * An upload from the form fields of a multipart request instance; the {@code file} field's
   * generated text stands for the file, which is {@link #UPLOAD_CONTENT} under {@link
   * #UPLOAD_FILENAME}.
   */
  private static Object fileUpload(JsonNode json) {
    JsonNode purpose = json.get("purpose");
    JsonNode expiry = json.get("expiry");
    JsonNode visibility = json.get("visibility");
    return FileUploadRequest.builder()
        .content(new ByteArrayResource(UPLOAD_CONTENT), UPLOAD_FILENAME)
        .purpose(purpose == null || purpose.isNull() ? null : FilePurpose.of(purpose.asString()))
        .expiry(expiry == null || expiry.isNull() ? null : expiry.asInt())
        .visibility(
            visibility == null || visibility.isNull()
                ? null
                : FileVisibility.of(visibility.asString()))
        .build();
  }

  /**
   * A transcription request from the form fields of a multipart request instance; its {@code file}
   * field's generated text stands for the audio, which is {@link #UPLOAD_CONTENT} under {@link
   * #UPLOAD_FILENAME}. The sources are set in form order, the builder keeping the last one; the
   * request check sends one source at a time ({@link #ONE_OF_FIELDS}).
   */
  private static Object transcriptionRequest(JsonNode json) {
    TranscriptionRequest.Builder request = TranscriptionRequest.builder();
    request.model(text(json, "model"));
    if (json.has("file")) {
      request.file(UPLOAD_CONTENT, UPLOAD_FILENAME);
    }
    if (text(json, "file_url") != null) {
      request.fileUrl(text(json, "file_url"));
    }
    if (text(json, "file_id") != null) {
      request.fileId(text(json, "file_id"));
    }
    request.language(text(json, "language"));
    if (json.path("temperature").isNumber()) {
      request.temperature(json.get("temperature").asDouble());
    }
    if (json.path("diarize").isBoolean()) {
      request.diarize(json.get("diarize").asBoolean());
    }
    for (JsonNode term : json.path("context_bias")) {
      request.addContextBias(term.asString());
    }
    List<TimestampGranularity> granularities = new ArrayList<>();
    for (JsonNode granularity : json.path("timestamp_granularities")) {
      granularities.add(TimestampGranularity.of(granularity.asString()));
    }
    request.timestampGranularities(granularities);
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!TRANSCRIPTION_FIELDS.contains(field.getKey())) {
        request.extraField(field.getKey(), field.getValue().asString());
      }
    }
    return request.build();
  }

  private static final Set<String> TRANSCRIPTION_FIELDS =
      Set.of(
          "model",
          "file",
          "file_url",
          "file_id",
          "language",
          "temperature",
          "stream",
          "diarize",
          "context_bias",
          "timestamp_granularities");

  /** A speech request from a JSON instance; {@code stream} is the operation's, not read. */
  private static Object speechRequest(JsonNode json) {
    SpeechRequest.Builder request =
        SpeechRequest.builder()
            .model(text(json, "model"))
            .input(json.path("input").asString())
            .voiceId(text(json, "voice_id"))
            .refAudioBase64(text(json, "ref_audio"))
            .responseFormat(
                text(json, "response_format") == null
                    ? null
                    : SpeechFormat.of(text(json, "response_format")));
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!SPEECH_FIELDS.contains(field.getKey())) {
        request.extraBody(field.getKey(), JSON.treeToValue(field.getValue(), Object.class));
      }
    }
    return request.build();
  }

  private static final Set<String> SPEECH_FIELDS =
      Set.of("model", "input", "voice_id", "ref_audio", "response_format", "stream");

  /** A voice creation from a JSON instance; the sample stays as the base64 text generated. */
  private static Object voiceCreateRequest(JsonNode json) {
    VoiceCreateRequest.Builder request =
        VoiceCreateRequest.builder()
            .name(json.path("name").asString())
            .slug(text(json, "slug"))
            .languages(strings(json.path("languages")))
            .gender(text(json, "gender"))
            .age(json.path("age").isNumber() ? json.get("age").asInt() : null)
            .tags(json.path("tags").isArray() ? strings(json.get("tags")) : null)
            .color(text(json, "color"))
            .retentionNotice(
                json.path("retention_notice").isNumber()
                    ? json.get("retention_notice").asInt()
                    : null)
            .sampleBase64(json.path("sample_audio").asString(), text(json, "sample_filename"));
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!VOICE_FIELDS.contains(field.getKey())) {
        request.extraBody(field.getKey(), JSON.treeToValue(field.getValue(), Object.class));
      }
    }
    return request.build();
  }

  private static final Set<String> VOICE_FIELDS =
      Set.of(
          "name",
          "slug",
          "languages",
          "gender",
          "age",
          "tags",
          "color",
          "retention_notice",
          "sample_audio",
          "sample_filename");

  /** A voice update from a JSON instance. */
  private static Object voiceUpdateRequest(JsonNode json) {
    return VoiceUpdateRequest.builder()
        .name(text(json, "name"))
        .languages(json.path("languages").isArray() ? strings(json.get("languages")) : null)
        .gender(text(json, "gender"))
        .age(json.path("age").isNumber() ? json.get("age").asInt() : null)
        .tags(json.path("tags").isArray() ? strings(json.get("tags")) : null)
        .build();
  }

  private static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asString()));
    return values;
  }

  private static byte[] readAll(InputStream content) {
    try (content) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A query parameter's generated value as the client method's integer; null when absent. */
  private static Integer integer(String value) {
    return value == null ? null : Integer.valueOf(value);
  }

  /** A query parameter's generated value as a boolean; null when absent. */
  private static Boolean bool(String value) {
    return value == null ? null : Boolean.valueOf(value);
  }

  /** A date-time query parameter's generated value; null when absent. */
  private static OffsetDateTime dateTime(String value) {
    return value == null ? null : OffsetDateTime.parse(value);
  }

  /**
   * An array query parameter's generated value (JSON text, see {@code ConformanceTest}) as a list
   * of the client's values; null when absent.
   */
  /** The query with the order the instance asks for: the builder names it by its meaning. */
  private static BatchJobListQuery orderBy(BatchJobListQuery.Builder query, String orderBy) {
    if (orderBy != null) {
      query.oldestFirst(orderBy.equals("created"));
    }
    return query.build();
  }

  private static <T> List<T> strings(String json, Function<String, T> of) {
    if (json == null) {
      return null;
    }
    List<T> values = new ArrayList<>();
    for (JsonNode item : JSON.readTree(json)) {
      values.add(of.apply(item.asString()));
    }
    return values;
  }

  /** An object query parameter's generated value (JSON text) as a map of texts; null if absent. */
  private static Map<String, String> textMap(String json) {
    if (json == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : JSON.readTree(json).properties()) {
      map.put(field.getKey(), field.getValue().asString());
    }
    return map;
  }

  private static <T> List<T> collect(Stream<T> stream) {
    try (stream) {
      return stream.toList();
    }
  }
}
