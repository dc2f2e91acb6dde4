package io.github.mistralspring.client.observation;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.model.UsageInfo;
import io.micrometer.observation.Observation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one call to the Mistral API told about itself: the operation, the models requested and used,
 * the response id, the finish reasons and the token usage. A stream fills it in as its events
 * arrive.
 */
public class MistralObservationContext extends Observation.Context {

  private final MistralOperation operation;
  private final String baseUrl;
  private @Nullable String requestModel;
  private @Nullable String responseModel;
  private @Nullable String responseId;
  private @Nullable UsageInfo usage;
  private final List<String> finishReasons = new ArrayList<>(1);
  private boolean cancelled;
  private final boolean contentIncluded;
  private @Nullable String prompt;
  private @Nullable StringBuilder completion;

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

  /**
   * The operation called.
   *
   * @return the operation, whose name is the {@code mistral.operation} tag
   */
  public MistralOperation getOperation() {
    return operation;
  }

  /**
   * The base URL of the API called.
   *
   * @return the base URL the call went to, as the client was configured
   */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * The model the request asked for.
   *
   * @return the requested model; absent when the request named none (the API's default applies)
   */
  public @Nullable String getRequestModel() {
    return requestModel;
  }

  /**
   * Sets the model the request asked for.
   *
   * @param requestModel the model the request asked for; null when it named none
   */
  public void setRequestModel(@Nullable String requestModel) {
    this.requestModel = requestModel;
  }

  /**
   * The model that answered.
   *
   * @return the model the API reports it used; absent until the response arrived, or when it names
   *     none
   */
  public @Nullable String getResponseModel() {
    return responseModel;
  }

  /**
   * Sets the model that answered.
   *
   * @param responseModel the model the API reports it used; null when it named none
   */
  public void setResponseModel(@Nullable String responseModel) {
    this.responseModel = responseModel;
  }

  /**
   * The response's id.
   *
   * @return the id the API gave the response; absent until the response arrived, or when it has
   *     none
   */
  public @Nullable String getResponseId() {
    return responseId;
  }

  /**
   * Sets the response's id.
   *
   * @param responseId the id the API gave the response; null when it has none
   */
  public void setResponseId(@Nullable String responseId) {
    this.responseId = responseId;
  }

  /**
   * The tokens used.
   *
   * @return the token counts; absent when the API reported none or the call failed
   */
  public @Nullable UsageInfo getUsage() {
    return usage;
  }

  /**
   * Sets the tokens used.
   *
   * @param usage the token counts the API reported; null when it reported none
   */
  public void setUsage(@Nullable UsageInfo usage) {
    this.usage = usage;
  }

  /**
   * Why generation stopped, one value per finished choice.
   *
   * @return an unmodifiable list of the finish reasons, in the order the choices finished
   */
  public List<String> getFinishReasons() {
    return Collections.unmodifiableList(finishReasons);
  }

  /**
   * Adds the finish reason of a choice.
   *
   * @param finishReason the finish reason, as the API spells it (such as {@code stop})
   */
  public void addFinishReason(String finishReason) {
    finishReasons.add(finishReason);
  }

  /**
   * Whether the caller cancelled the call (or the stream) before it ended.
   *
   * @return true when the caller cancelled before the call ended
   */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Marks the call as cancelled by the caller.
   *
   * @param cancelled true when the caller cancelled before the call ended
   */
  public void setCancelled(boolean cancelled) {
    this.cancelled = cancelled;
  }

  /**
   * Whether the user opted in to recording prompts and completions.
   *
   * @return true when prompts and completions may be recorded on observations
   */
  public boolean isContentIncluded() {
    return contentIncluded;
  }

  /**
   * The request body as JSON, kept only when content is included.
   *
   * @return the request body; absent when content is not included
   */
  public @Nullable String getPrompt() {
    return prompt;
  }

  /**
   * Sets the request body; ignored unless content is included.
   *
   * @param prompt the request body as JSON; null to keep none
   */
  public void setPrompt(@Nullable String prompt) {
    if (contentIncluded) {
      this.prompt = prompt;
    }
  }

  /**
   * The generated text, kept only when content is included.
   *
   * @return the text generated so far; absent when content is not included or nothing was generated
   */
  public @Nullable String getCompletion() {
    return completion == null ? null : completion.toString();
  }

  /**
   * Appends generated text; ignored unless content is included.
   *
   * @param text a piece of generated text; null and empty pieces add nothing
   */
  public void appendCompletion(@Nullable String text) {
    if (contentIncluded && text != null) {
      if (completion == null) {
        completion = new StringBuilder();
      }
      completion.append(text);
    }
  }
}
