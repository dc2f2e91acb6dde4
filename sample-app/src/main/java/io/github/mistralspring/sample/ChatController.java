package io.github.mistralspring.sample;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.CompletionResponseStreamChoice;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.UsageInfo;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.scheduler.Schedulers;

/** Answers prompts with Mistral: whole with the blocking client, streamed with the reactive one. */
@RestController
@RequestMapping("/api/chat")
class ChatController {

  private static final Logger logger = LoggerFactory.getLogger(ChatController.class);

  private final MistralClient mistral;
  private final ReactiveMistralClient reactiveMistral;
  private final SampleProperties properties;

  ChatController(
      MistralClient mistral, ReactiveMistralClient reactiveMistral, SampleProperties properties) {
    this.mistral = mistral;
    this.reactiveMistral = reactiveMistral;
    this.properties = properties;
  }

  /** Asks the model and answers once the whole completion is there. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ChatAnswer chat(@RequestBody ChatQuestion question) {
    ChatCompletionResponse response =
        mistral.chat().complete(request(question.prompt(), question.model()));
    String answer = response.firstContent();
    return new ChatAnswer(
        response.model(), answer == null ? "" : answer, ChatAnswer.Usage.from(response.usage()));
  }

  /**
   * Streams the answer as server-sent events: a {@code delta} event per piece of text, as JSON
   * {@code {"text": ...}} so that spaces and line breaks arrive intact, each sent (and flushed) as
   * soon as the API sends it, then one {@code done} event with the model and the token usage.
   *
   * <p>A failure before the first piece is answered as a problem, with the status the API gave (the
   * response has not begun). A failure after it ends the stream with an {@code error} event whose
   * data says why: {@code {"status": 502, "title": ..., "detail": ...}}.
   */
  @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter stream(@RequestParam String prompt, @RequestParam(required = false) String model) {
    ChatCompletionRequest request = request(prompt, model);
    SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
    // The subscription is swapped in after the callbacks are registered; disposing the swap first
    // still cancels it, so a client that leaves at once never leaves the upstream call running.
    Disposable.Swap subscription = Disposables.swap();
    emitter.onTimeout(subscription::dispose);
    emitter.onError(error -> subscription.dispose());
    emitter.onCompletion(subscription::dispose);

    AtomicReference<String> answeringModel = new AtomicReference<>(request.model());
    AtomicReference<UsageInfo> usage = new AtomicReference<>();
    AtomicBoolean started = new AtomicBoolean();
    subscription.update(
        reactiveMistral.chat().stream(request)
            // Writing to the servlet response may block on a slow client: keep that off the
            // client's event loop, which every other call shares.
            .publishOn(Schedulers.boundedElastic())
            .subscribe(
                chunk -> {
                  if (chunk.model() != null) {
                    answeringModel.set(chunk.model());
                  }
                  if (chunk.usage() != null) {
                    usage.set(chunk.usage());
                  }
                  String text = deltaText(chunk);
                  if (!text.isEmpty()) {
                    started.set(true);
                    send(
                        emitter,
                        subscription,
                        SseEmitter.event()
                            .name("delta")
                            .data(Map.of("text", text), MediaType.APPLICATION_JSON));
                  }
                },
                error -> {
                  if (!started.get()) {
                    emitter.completeWithError(error);
                    return;
                  }
                  StreamError failure = StreamError.of(error);
                  logger.warn(
                      "The streamed answer failed after it had begun: {}", failure.detail());
                  if (send(
                      emitter,
                      subscription,
                      SseEmitter.event().name("error").data(failure, MediaType.APPLICATION_JSON))) {
                    emitter.complete();
                  }
                },
                () -> {
                  DoneEvent done =
                      new DoneEvent(answeringModel.get(), ChatAnswer.Usage.from(usage.get()));
                  if (send(
                      emitter,
                      subscription,
                      SseEmitter.event().name("done").data(done, MediaType.APPLICATION_JSON))) {
                    emitter.complete();
                  }
                }));
    return emitter;
  }

  private ChatCompletionRequest request(String prompt, String model) {
    if (!StringUtils.hasText(prompt)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The prompt must not be blank");
    }
    return ChatCompletionRequest.builder()
        .model(StringUtils.hasText(model) ? model : properties.model())
        .addUserMessage(prompt)
        .build();
  }

  private static String deltaText(CompletionChunk chunk) {
    if (chunk.choices() == null || chunk.choices().isEmpty()) {
      return "";
    }
    CompletionResponseStreamChoice choice = chunk.choices().get(0);
    MessageContent content = choice.delta() == null ? null : choice.delta().content();
    return content == null ? "" : content.text();
  }

  // A failed write means the client has gone: stop reading the answer. The container reports the
  // failure to the emitter itself, so there is nothing to complete here.
  private static boolean send(
      SseEmitter emitter, Disposable subscription, SseEmitter.SseEventBuilder event) {
    try {
      emitter.send(event);
      return true;
    } catch (IOException | IllegalStateException clientGone) {
      subscription.dispose();
      return false;
    }
  }

  /**
   * The data of the last event of a stream.
   *
   * @param model the model that answered
   * @param usage the tokens used, or null when the API did not say
   */
  record DoneEvent(String model, ChatAnswer.Usage usage) {}

  /**
   * The data of the event that ends a stream which failed after it had begun.
   *
   * @param status the status the failure would have had as a response, such as 429 or 502
   * @param title what kind of failure it is
   * @param detail why the answer stopped, in words
   */
  record StreamError(int status, String title, String detail) {

    static StreamError of(Throwable error) {
      if (error instanceof MistralException mistral) {
        ProblemDetail problem = MistralProblems.of(mistral);
        return new StreamError(problem.getStatus(), problem.getTitle(), problem.getDetail());
      }
      return new StreamError(500, "Internal error", "The answer stopped on an unexpected error");
    }
  }
}
