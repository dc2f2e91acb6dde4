package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Folds the events of a transcription stream into the {@link TranscriptionResponse} the same
 * request returns unstreamed: the text pieces in order, the language, the segments and, from the
 * closing {@code transcription.done}, the model and the usage.
 *
 * <p>What the done event carries wins over what the pieces before it add up to (it is the server's
 * own whole transcription); what it leaves out is taken from the pieces. Feed events in order; not
 * thread-safe.
 */
public final class TranscriptionAccumulator {

  private final StringBuilder text = new StringBuilder();
  private final List<TranscriptionSegment> segments = new ArrayList<>();
  private @Nullable String language;
  private @Nullable TranscriptionDoneEvent done;

  /** Creates an empty accumulator. */
  public TranscriptionAccumulator() {}

  /**
   * Folds a whole stream into a transcription, emitted when the stream completes.
   *
   * @param events the events of one streamed transcription
   * @return the transcription, emitted when the stream completes; fails as the stream does
   */
  public static Mono<TranscriptionResponse> accumulate(Flux<TranscriptionStreamEvent> events) {
    return Mono.defer(
        () -> {
          TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
          return events
              .doOnNext(accumulator::accept)
              .then(Mono.fromSupplier(accumulator::toResponse));
        });
  }

  /**
   * Adds one event; events of a type this client does not know are skipped.
   *
   * @param event the next event of the stream
   */
  public void accept(TranscriptionStreamEvent event) {
    if (event instanceof TranscriptionTextDeltaEvent delta) {
      text.append(delta.text());
    } else if (event instanceof TranscriptionLanguageEvent detected) {
      language = detected.audioLanguage();
    } else if (event instanceof TranscriptionSegmentEvent segment) {
      segments.add(segment.toSegment());
    } else if (event instanceof TranscriptionDoneEvent finished) {
      done = finished;
    }
  }

  /**
   * Whether the closing {@code transcription.done} event has been added.
   *
   * @return true once the stream's last event was added
   */
  public boolean isDone() {
    return done != null;
  }

  /**
   * The transcription accumulated so far.
   *
   * @return the text, language and segments so far; the usage only once {@link #isDone()}
   */
  public TranscriptionResponse toResponse() {
    TranscriptionDoneEvent finished = done;
    if (finished == null) {
      return new TranscriptionResponse("", text.toString(), language, segments, null);
    }
    String model = finished.model() == null ? "" : finished.model();
    String wholeText = finished.text() == null ? text.toString() : finished.text();
    String finalLanguage = finished.language() == null ? language : finished.language();
    List<TranscriptionSegment> finalSegments =
        finished.segments().isEmpty() ? segments : finished.segments();
    UsageInfo usage = finished.usage();
    return new TranscriptionResponse(model, wholeText, finalLanguage, finalSegments, usage);
  }
}
