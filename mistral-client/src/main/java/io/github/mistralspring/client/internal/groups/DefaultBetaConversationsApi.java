package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.conversations.BetaConversationsApi;
import io.github.mistralspring.client.beta.conversations.Conversation;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationEvent;
import io.github.mistralspring.client.beta.conversations.ConversationHistory;
import io.github.mistralspring.client.beta.conversations.ConversationMessages;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.paging.Page;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The blocking beta conversations group, waiting on the reactive one. */
public final class DefaultBetaConversationsApi implements BetaConversationsApi {

  private final ReactiveBetaConversationsApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultBetaConversationsApi(ReactiveBetaConversationsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public ConversationResponse start(ConversationRequest request) {
    return Blocking.await(reactive.start(request));
  }

  @Override
  public Stream<ConversationEvent> startStream(ConversationRequest request) {
    return BlockingStream.of(reactive.startStream(request));
  }

  @Override
  public Page<Conversation> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<Conversation> list(Integer page, Integer pageSize) {
    return Blocking.await(reactive.list(page, pageSize));
  }

  @Override
  public Stream<Conversation> listAll() {
    return listAll(null);
  }

  @Override
  public Stream<Conversation> listAll(Integer pageSize) {
    return Pages.stream(
        0, pageSize, Conversation::id, page -> Blocking.await(reactive.list(page, pageSize)));
  }

  @Override
  public Conversation retrieve(String conversationId) {
    return Blocking.await(reactive.retrieve(conversationId));
  }

  @Override
  public ConversationResponse append(String conversationId, ConversationAppendRequest request) {
    return Blocking.await(reactive.append(conversationId, request));
  }

  @Override
  public ConversationResponse append(ConversationResponse previous, String message) {
    return Blocking.await(reactive.append(previous, message));
  }

  @Override
  public Stream<ConversationEvent> appendStream(
      String conversationId, ConversationAppendRequest request) {
    return BlockingStream.of(reactive.appendStream(conversationId, request));
  }

  @Override
  public ConversationHistory history(String conversationId) {
    return Blocking.await(reactive.history(conversationId));
  }

  @Override
  public ConversationMessages messages(String conversationId) {
    return Blocking.await(reactive.messages(conversationId));
  }

  @Override
  public ConversationResponse restart(String conversationId, ConversationRestartRequest request) {
    return Blocking.await(reactive.restart(conversationId, request));
  }

  @Override
  public Stream<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request) {
    return BlockingStream.of(reactive.restartStream(conversationId, request));
  }

  @Override
  public ConversationResponse callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions) {
    return Blocking.await(reactive.callFunctions(response, functions));
  }

  @Override
  public ConversationResponse callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    return Blocking.await(reactive.callFunctions(response, functions, maxRounds));
  }

  @Override
  public ConversationResponse startWithFunctions(
      ConversationRequest request,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    return Blocking.await(reactive.startWithFunctions(request, functions, maxRounds));
  }

  @Override
  public void delete(String conversationId) {
    Blocking.await(reactive.delete(conversationId));
  }

  @Override
  public BetaConversationsApi withOptions(RequestOptions options) {
    return new DefaultBetaConversationsApi(reactive.withOptions(options));
  }
}
