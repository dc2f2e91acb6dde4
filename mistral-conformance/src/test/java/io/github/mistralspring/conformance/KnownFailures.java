package io.github.mistralspring.conformance;

import java.util.Set;

/**
 * Red cells of the conformance table that are real client defects, reported and not yet fixed. Each
 * entry is {@code operationId [cell] problem}, exactly as the test reports it. The list may only
 * shrink: the test fails when a listed problem no longer occurs (remove it) and when a problem
 * occurs that is not listed (fix it, or, if it is a client bug to be fixed elsewhere, add it here
 * with a note).
 */
final class KnownFailures {

  static final Set<String> ALL =
      Set.of(
          // Client bug: the 2026-07 spec makes `inputs` optional on a restart
          // (#/components/schemas/ConversationRestartRequestBase/required is [from_entry_id]
          // only: re-run from an entry without new inputs), but ConversationRestartRequest.Builder
          // .build() throws when inputs is null, and restart()/restartStream() rebuild the request
          // (withStream), so a restart without inputs is never sent. The message also names the
          // wrong request.
          "agents_api_v1_conversations_restart [request] beta.conversations.restart sent 0 requests instead of 1: IllegalStateException: A conversation request needs inputs",
          "agents_api_v1_conversations_restart_stream [request] beta.conversations.restart.stream sent 0 requests instead of 1: IllegalStateException: A conversation request needs inputs",
          // Client bug: content chunks of type `tool_file` (seed and 2026-07
          // #/components/schemas/ToolFileChunk, a member of MessageInputContentChunks,
          // MessageOutputContentChunks and OutputContentChunks) have no subtype in
          // model.ContentChunk, so they read as UnknownChunk (kept, but untyped).
          "agents_api_v1_conversations_append [response] beta.conversations.append reads a known type as UnknownChunk at /outputs/1/content/chunks/4 (type tool_file)",
          "agents_api_v1_conversations_append [response] beta.conversations.append reads a known type as UnknownChunk at /outputs/3/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_history [response] beta.conversations.history reads a known type as UnknownChunk at /entries/0/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_history [response] beta.conversations.history reads a known type as UnknownChunk at /entries/1/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_history [response] beta.conversations.history reads a known type as UnknownChunk at /entries/2/content/chunks/2 (type tool_file)",
          "agents_api_v1_conversations_history [response] beta.conversations.history reads a known type as UnknownChunk at /entries/3/content/chunks/3 (type tool_file)",
          "agents_api_v1_conversations_history [response] beta.conversations.history reads a known type as UnknownChunk at /entries/4/content/chunks/4 (type tool_file)",
          "agents_api_v1_conversations_history [response] beta.conversations.history reads a known type as UnknownChunk at /entries/5/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_messages [response] beta.conversations.messages reads a known type as UnknownChunk at /messages/0/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_messages [response] beta.conversations.messages reads a known type as UnknownChunk at /messages/0/content/chunks/4 (type tool_file)",
          "agents_api_v1_conversations_messages [response] beta.conversations.messages reads a known type as UnknownChunk at /messages/1/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_messages [response] beta.conversations.messages reads a known type as UnknownChunk at /messages/1/content/chunks/3 (type tool_file)",
          "agents_api_v1_conversations_restart [response] beta.conversations.restart reads a known type as UnknownChunk at /outputs/1/content/chunks/4 (type tool_file)",
          "agents_api_v1_conversations_restart [response] beta.conversations.restart reads a known type as UnknownChunk at /outputs/3/content/chunks/1 (type tool_file)",
          "agents_api_v1_conversations_start [response] beta.conversations.start reads a known type as UnknownChunk at /outputs/1/content/chunks/4 (type tool_file)",
          "agents_api_v1_conversations_start [response] beta.conversations.start reads a known type as UnknownChunk at /outputs/3/content/chunks/1 (type tool_file)");

  private KnownFailures() {}
}
