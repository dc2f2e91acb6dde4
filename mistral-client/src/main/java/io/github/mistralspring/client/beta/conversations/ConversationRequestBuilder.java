package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.beta.tools.CompletionArgs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings that starting, appending to and restarting a conversation share: the inputs,
 * streaming, storage, hand-off execution, completion arguments and body properties the client does
 * not model. Unset settings are left out of the request. Each setter returns the concrete builder.
 *
 * @param <B> the concrete builder
 */
public abstract class ConversationRequestBuilder<B extends ConversationRequestBuilder<B>> {

  @Nullable ConversationInputs inputs;
  @Nullable Boolean store;
  @Nullable HandoffExecution handoffExecution;
  @Nullable CompletionArgs completionArgs;
  final Map<String, Object> extraBody = new LinkedHashMap<>();

  /** For the builders of this package's conversation requests. */
  ConversationRequestBuilder() {}

  /** This builder, as its concrete type. */
  @SuppressWarnings("unchecked") // B is this class's own type, by the bound every subclass uses
  final B self() {
    return (B) this;
  }

  /**
   * Sets the new inputs: a user message as text, or entries.
   *
   * @param value the inputs, as {@link ConversationInputs#of(String)} makes them
   * @return this builder
   */
  public B inputs(ConversationInputs value) {
    this.inputs = value;
    return self();
  }

  /**
   * Sets the inputs to one user message.
   *
   * @param text the user message
   * @return this builder
   */
  public B inputs(String text) {
    return inputs(ConversationInputs.of(text));
  }

  /**
   * Sets the inputs to these entries.
   *
   * @param entries the entries to send, in order
   * @return this builder
   */
  public B inputs(List<? extends ConversationEntry> entries) {
    return inputs(ConversationInputs.of(entries));
  }

  /**
   * Sets the inputs to these entries.
   *
   * @param entries the entries to send, in order
   * @return this builder
   */
  public B inputs(ConversationEntry... entries) {
    return inputs(ConversationInputs.of(entries));
  }

  /**
   * Sets whether the server stores the conversation (default true).
   *
   * @param value false to not store it; null for the API's default
   * @return this builder
   */
  public B store(@Nullable Boolean value) {
    this.store = value;
    return self();
  }

  /**
   * Sets who carries out hand-offs between agents.
   *
   * @param value {@link HandoffExecution#SERVER} or {@link HandoffExecution#CLIENT}; null for the
   *     API's default
   * @return this builder
   */
  public B handoffExecution(@Nullable HandoffExecution value) {
    this.handoffExecution = value;
    return self();
  }

  /**
   * Sets sampling and output settings.
   *
   * @param value the sampling and output settings; null for the API's defaults
   * @return this builder
   */
  public B completionArgs(@Nullable CompletionArgs value) {
    this.completionArgs = value;
    return self();
  }

  /**
   * Adds a body property this client does not model.
   *
   * @param property the property's name in the JSON body
   * @param value the property's value, written as JSON
   * @return this builder
   */
  public B extraBody(String property, Object value) {
    extraBody.put(property, value);
    return self();
  }
}
