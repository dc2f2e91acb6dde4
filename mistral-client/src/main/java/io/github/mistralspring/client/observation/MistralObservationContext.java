package io.github.mistralspring.client.observation;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.model.UsageInfo;
import io.micrometer.observation.Observation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What one call to the Mistral API told about itself: the operation, the models requested and used,
 * the response id, the finish reasons and the token usage. A stream fills it in as its events
 * arrive.
 */
public class MistralObservationContext extends Observation.Context {

  private final MistralOperation operation;
  private final String baseUrl;
  private String requestModel;
  private String responseModel;
  private String responseId;
  private UsageInfo usage;
  private final List<String> finishReasons = new ArrayList<>(1);
  private boolean cancelled;
  private final boolean contentIncluded;
  private String prompt;
  private StringBuilder completion;

  /**
   * Creates the context of one call.
   *
   * @param operation the operation called
   * @param baseUrl the base URL of the API called
   * @param contentIncluded whether the prompt and the completion may be recorded
   */
  public MistralObservationContext(
      MistralOperation operation, String baseUrl, boolean contentIncluded) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.baseUrl = baseUrl;
    this.contentIncluded = contentIncluded;
  }

  /** The operation called. */
  public MistralOperation getOperation() {
    return operation;
  }

  /** The base URL of the API called. */
  public String getBaseUrl() {
    return baseUrl;
  }

  /** The model the request asked for, or null. */
  public String getRequestModel() {
    return requestModel;
  }

  /** Sets the model the request asked for. */
  public void setRequestModel(String requestModel) {
    this.requestModel = requestModel;
  }

  /** The model that answered, or null. */
  public String getResponseModel() {
    return responseModel;
  }

  /** Sets the model that answered. */
  public void setResponseModel(String responseModel) {
    this.responseModel = responseModel;
  }

  /** The response's id, or null. */
  public String getResponseId() {
    return responseId;
  }

  /** Sets the response's id. */
  public void setResponseId(String responseId) {
    this.responseId = responseId;
  }

  /** The tokens used, or null when the API reported none (or the call failed). */
  public UsageInfo getUsage() {
    return usage;
  }

  /** Sets the tokens used. */
  public void setUsage(UsageInfo usage) {
    this.usage = usage;
  }

  /** Why generation stopped, one value per finished choice. */
  public List<String> getFinishReasons() {
    return Collections.unmodifiableList(finishReasons);
  }

  /** Adds the finish reason of a choice. */
  public void addFinishReason(String finishReason) {
    finishReasons.add(finishReason);
  }

  /** Whether the caller cancelled the call (or the stream) before it ended. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Marks the call as cancelled by the caller. */
  public void setCancelled(boolean cancelled) {
    this.cancelled = cancelled;
  }

  /** Whether the user opted in to recording prompts and completions. */
  public boolean isContentIncluded() {
    return contentIncluded;
  }

  /** The request body as JSON, only when content is included; otherwise null. */
  public String getPrompt() {
    return prompt;
  }

  /** Sets the request body; ignored unless content is included. */
  public void setPrompt(String prompt) {
    if (contentIncluded) {
      this.prompt = prompt;
    }
  }

  /** The generated text, only when content is included; otherwise null. */
  public String getCompletion() {
    return completion == null ? null : completion.toString();
  }

  /** Appends generated text; ignored unless content is included. */
  public void appendCompletion(String text) {
    if (contentIncluded && text != null) {
      if (completion == null) {
        completion = new StringBuilder();
      }
      completion.append(text);
    }
  }

  /**
   * Takes what a response, or one event of a stream, reports: later values replace earlier ones,
   * finish reasons and generated text accumulate. Values of types that report nothing (a file, a
   * job) leave the context as it is.
   *
   * @param value a response or stream event of the client, as the call emitted it
   */
  public void record(Object value) {
    ObservedResponse response = ObservedResponse.of(value);
    if (response == null) {
      return;
    }
    if (response.id() != null) {
      responseId = response.id();
    }
    if (response.model() != null) {
      responseModel = response.model();
    }
    if (response.usage() != null) {
      usage = response.usage();
    }
    finishReasons.addAll(response.finishReasons());
    if (contentIncluded) {
      appendCompletion(response.outputText());
    }
  }
}
