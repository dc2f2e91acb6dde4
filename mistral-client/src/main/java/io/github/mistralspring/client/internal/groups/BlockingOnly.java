package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionAccumulator;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionStreamEvent;
import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;
import io.github.mistralspring.client.audio.voices.Voice;
import io.github.mistralspring.client.batch.BatchJob;
import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentVersionsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.Conversation;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.Document;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryDocumentsApi;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.finetuning.FineTuningJob;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import io.github.mistralspring.client.internal.DataBufferInputStream;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.paging.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the blocking faces do beyond waiting for the reactive call of the same name: each method
 * answers the face method with its name and its parameters after the first, which is the reactive
 * group ({@link BlockingFaces} finds them by that shape). Lazy listings page on the caller's
 * thread, so that the next page is fetched only when the caller asks for an item beyond the pages
 * it has.
 */
// Serves the deprecated fine-tuning group for as long as it is offered.
@SuppressWarnings("deprecation")
final class BlockingOnly {

  /** How many buffers a download stream asks for ahead of the reader. */
  private static final int DOWNLOAD_DEMAND = 16;

  private BlockingOnly() {}

  public static ChatCompletionResponse streamAndAccumulate(
      ReactiveChatApi chat, ChatCompletionRequest request) {
    return Completions.accumulate(BlockingStream.of(chat.stream(request)));
  }

  public static ChatCompletionResponse streamAndAccumulate(
      ReactiveFimApi fim, FimCompletionRequest request) {
    return Completions.accumulate(BlockingStream.of(fim.stream(request)));
  }

  public static ChatCompletionResponse streamAndAccumulate(
      ReactiveAgentsApi agents, AgentsCompletionRequest request) {
    return Completions.accumulate(BlockingStream.of(agents.stream(request)));
  }

  public static TranscriptionResponse streamAndAccumulate(
      ReactiveTranscriptionsApi transcriptions, TranscriptionRequest request) {
    try (Stream<TranscriptionStreamEvent> events =
        BlockingStream.of(transcriptions.stream(request))) {
      TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
      events.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }

  public static Stream<StoredFile> listAll(ReactiveFilesApi files, FileListQuery query) {
    return Pages.stream(query, StoredFile::id, q -> Blocking.await(files.list(q)));
  }

  public static Stream<FineTuningJob> listAll(
      ReactiveFineTuningApi fineTuning, FineTuningJobListQuery query) {
    return Pages.stream(query, FineTuningJob::id, q -> Blocking.await(fineTuning.list(q)));
  }

  public static Stream<BatchJob> listAll(ReactiveBatchApi batch, BatchJobListQuery query) {
    return Pages.stream(query, BatchJob::id, q -> Blocking.await(batch.list(q)));
  }

  public static Stream<Document> listAll(
      ReactiveBetaLibraryDocumentsApi documents, String libraryId, DocumentListQuery query) {
    Ids.require(libraryId, "libraryId");
    return Pages.stream(query, Document::id, q -> Blocking.await(documents.list(libraryId, q)));
  }

  public static Stream<Agent> listAll(ReactiveBetaAgentsApi agents) {
    return listAll(agents, (Integer) null);
  }

  public static Stream<Agent> listAll(ReactiveBetaAgentsApi agents, @Nullable Integer pageSize) {
    return Pages.cursorStream(token -> Blocking.await(agents.listPage(token, pageSize)));
  }

  public static Stream<Agent> listAll(ReactiveBetaAgentVersionsApi versions, String agentId) {
    return listAll(versions, agentId, null);
  }

  public static Stream<Agent> listAll(
      ReactiveBetaAgentVersionsApi versions, String agentId, @Nullable Integer pageSize) {
    String id = Ids.require(agentId, "agentId");
    return Pages.stream(
        0, pageSize, Agent::version, page -> Blocking.await(versions.list(id, page, pageSize)));
  }

  public static Stream<Conversation> listAll(ReactiveBetaConversationsApi conversations) {
    return listAll(conversations, null);
  }

  public static Stream<Conversation> listAll(
      ReactiveBetaConversationsApi conversations, @Nullable Integer pageSize) {
    return Pages.stream(
        0, pageSize, Conversation::id, page -> Blocking.await(conversations.list(page, pageSize)));
  }

  public static Stream<Voice> listAll(ReactiveVoicesApi voices) {
    Iterator<Voice> all =
        new Iterator<>() {
          private int offset;
          private Iterator<Voice> page = Collections.emptyIterator();
          private boolean last;

          @Override
          public boolean hasNext() {
            while (!page.hasNext() && !last) {
              Page<Voice> fetched =
                  Blocking.await(voices.list(DefaultReactiveVoicesApi.LIST_ALL_PAGE_SIZE, offset));
              offset += fetched.data().size();
              last = DefaultReactiveVoicesApi.isLast(fetched, offset);
              page = fetched.data().iterator();
            }
            return page.hasNext();
          }

          @Override
          public Voice next() {
            if (!hasNext()) {
              throw new NoSuchElementException("No more voices");
            }
            return page.next();
          }
        };
    return Pages.stream(all);
  }

  public static InputStream download(ReactiveFilesApi files, String fileId) {
    return DataBufferInputStream.of(files.download(fileId), DOWNLOAD_DEMAND);
  }

  public static Path downloadTo(ReactiveFilesApi files, String fileId, Path target) {
    Blocking.await(files.downloadTo(fileId, target));
    return target;
  }

  public static InputStream downloadSample(ReactiveVoicesApi voices, String voiceId) {
    return DataBufferInputStream.of(voices.downloadSample(voiceId), DOWNLOAD_DEMAND);
  }

  public static Path downloadSampleTo(ReactiveVoicesApi voices, String voiceId, Path target) {
    Blocking.await(voices.downloadSampleTo(voiceId, target));
    return target;
  }

  public static Path createTo(ReactiveSpeechApi speech, SpeechRequest request, Path target) {
    Blocking.await(speech.createTo(request, target));
    return target;
  }

  public static long createTo(ReactiveSpeechApi speech, SpeechRequest request, OutputStream out) {
    Objects.requireNonNull(out, "out");
    long written = 0;
    try (Stream<byte[]> pieces = BlockingStream.of(speech.streamAudio(request))) {
      Iterator<byte[]> audio = pieces.iterator();
      while (audio.hasNext()) {
        byte[] piece = audio.next();
        out.write(piece);
        written += piece.length;
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "Could not write the speech audio after " + written + " bytes", failure);
    }
    return written;
  }
}
