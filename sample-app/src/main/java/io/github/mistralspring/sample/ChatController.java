package io.github.mistralspring.sample;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.CompletionResponseStreamChoice;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.UsageInfo;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
   * {@code {"text": ...}} so that spaces and line breaks arrive intact, then one {@code done} event
   * with the model and the token usage.
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
                    send(
                        emitter,
                        subscription,
                        SseEmitter.event()
                            .name("delta")
                            .data(Map.of("text", text), MediaType.APPLICATION_JSON));
                  }
                },
                emitter::completeWithError,
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
}
