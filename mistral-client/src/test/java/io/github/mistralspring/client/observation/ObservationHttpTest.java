package io.github.mistralspring.client.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each call is observed, with the GenAI names and tags, against an in-process WireMock server. */
class ObservationHttpTest {

  private static final String COMPLETIONS = "/v1/chat/completions";

  private static final String COMPLETION =
      """
      {"id":"cmpl-7","object":"chat.completion","created":1,"model":"mistral-small-2506",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Paris"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}
      """;

  private static final String STREAM =
      "data: {\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
          + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":"
          + "{\"role\":\"assistant\",\"content\":\"Pa\"},\"finish_reason\":null}]}\n\n"
          + "data: {\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
          + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":"
          + "{\"content\":\"ris\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":4,\"total_tokens\":14}}\n\n"
          + "data: [DONE]\n\n";

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final List<MistralObservationContext> stopped = new CopyOnWriteArrayList<>();
  private final ObservationRegistry observations = ObservationRegistry.create();

  @BeforeEach
  void registerHandlers() {
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<MistralObservationContext>() {
              @Override
              public void onStop(MistralObservationContext context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return context instanceof MistralObservationContext;
              }
            });
  }

  private MistralClient client(boolean content) {
    return server.clientBuilder().observationRegistry(observations).observeContent(content).build();
  }

  private static ChatCompletionRequest question() {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage("Capital of France?")
        .build();
  }

  private void answerWith(String contentType, String body) {
    server.stubFor(
        post(COMPLETIONS)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", contentType)
                    .withBody(body)));
  }

  private Timer timer(String operation) {
    return meters
        .get(DefaultMistralObservationConvention.NAME)
        .tag("mistral.operation", operation)
        .timer();
  }

  @Test
  void observesACompletionWithTheGenAiTags() {
    answerWith("application/json", COMPLETION);

    client(false).chat().complete(question());

    Timer timer = timer("chat");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("gen_ai.operation.name")).isEqualTo("chat");
    assertThat(timer.getId().getTag("gen_ai.provider.name")).isEqualTo("mistral_ai");
    assertThat(timer.getId().getTag("gen_ai.request.model")).isEqualTo("mistral-small-latest");
    assertThat(timer.getId().getTag("gen_ai.response.model")).isEqualTo("mistral-small-2506");
    assertThat(timer.getId().getTag("error.type")).isEqualTo("none");
    MistralObservationContext context = stopped.get(0);
    assertThat(context.getResponseId()).isEqualTo("cmpl-7");
    assertThat(context.getFinishReasons()).containsExactly("stop");
    assertThat(context.getUsage().promptTokens()).isEqualTo(9);
    assertThat(context.getUsage().completionTokens()).isEqualTo(2);
    assertThat(context.getHighCardinalityKeyValues().stream().map(kv -> kv.getKey()))
        .contains("gen_ai.response.id", "gen_ai.response.finish_reasons")
        .doesNotContain("gen_ai.prompt", "gen_ai.completion");
    assertThat(context.getContextualName()).isEqualTo("chat mistral-small-latest");
  }

  @Test
  void observesAStreamToItsEndWithTheUsageOfItsLastChunk() {
    answerWith("text/event-stream", STREAM);

    try (Stream<CompletionChunk> chunks = client(false).chat().stream(question())) {
      assertThat(chunks.map(CompletionChunk::deltaText)).containsExactly("Pa", "ris");
    }

    Timer timer = timer("chat.stream");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.getId().getTag("gen_ai.operation.name")).isEqualTo("chat");
    assertThat(timer.getId().getTag("gen_ai.response.model")).isEqualTo("mistral-small-2506");
    MistralObservationContext context = stopped.get(0);
    assertThat(context.getUsage().promptTokens()).isEqualTo(10);
    assertThat(context.getUsage().completionTokens()).isEqualTo(4);
    assertThat(context.getFinishReasons()).containsExactly("stop");
    assertThat(context.getCompletion()).isNull();
  }

  @Test
  void aCancelledStreamIsStoppedAndTaggedAsCancelled() {
    answerWith("text/event-stream", STREAM);

    client(false).reactive().chat().stream(question()).take(1).blockLast();

    assertThat(timer("chat.stream").getId().getTag("error.type")).isEqualTo("cancelled");
  }

  @Test
  void aFailedCallIsTaggedWithItsStatus() {
    server.stubFor(
        post(COMPLETIONS)
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Unauthorized\"}")));

    assertThatThrownBy(() -> client(false).chat().complete(question()))
        .isInstanceOf(MistralAuthenticationException.class);

    assertThat(timer("chat").getId().getTag("error.type")).isEqualTo("401");
    assertThat(timer("chat").getId().getTag("gen_ai.response.model")).isEqualTo("none");
  }

  @Test
  void recordsThePromptAndCompletionOnlyWhenAskedTo() {
    answerWith("text/event-stream", STREAM);

    client(true).reactive().chat().stream(question()).blockLast();

    MistralObservationContext context = stopped.get(0);
    assertThat(context.getPrompt()).contains("Capital of France?");
    assertThat(context.getCompletion()).isEqualTo("Paris");
    assertThat(context.getHighCardinalityKeyValues().stream().map(kv -> kv.getKey()))
        .contains("gen_ai.prompt", "gen_ai.completion");
  }

  @Test
  void aConventionOfTheUsersReplacesTheDefault() {
    answerWith("application/json", COMPLETION);
    MistralClient client =
        MistralClient.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .observationRegistry(observations)
            .observationConvention(
                new DefaultMistralObservationConvention() {
                  @Override
                  public String getName() {
                    return "my.mistral.calls";
                  }
                })
            .build();

    client.chat().complete(question());

    assertThat(meters.find("my.mistral.calls").timer()).isNotNull();
    assertThat(meters.find(DefaultMistralObservationConvention.NAME).timer()).isNull();
  }

  @Test
  void withoutARegistryNothingIsObservedAndCallsWork() {
    answerWith("application/json", COMPLETION);
    MistralClient client =
        MistralClient.builder().apiKey(API_KEY).baseUrl(server.baseUrl()).build();

    assertThat(client.chat().complete(question()).firstContent()).isEqualTo("Paris");
    assertThat(stopped).isEmpty();
  }

  @Test
  void aCallMarkedSkipIsNotObservedAndTheSameCallUnmarkedIs() {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/v1/models")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"object\":\"list\",\"data\":[]}")));
    answerWith("text/event-stream", STREAM);
    MistralClient client = client(false);

    client.reactive().models().list().contextWrite(MistralObservations.skip()).block();
    client.reactive().chat().stream(question())
        .contextWrite(MistralObservations.skip())
        .blockLast();

    assertThat(stopped).isEmpty();
    assertThat(meters.find(DefaultMistralObservationConvention.NAME).timers()).isEmpty();

    client.reactive().models().list().block();

    assertThat(timer("models.list").count()).isEqualTo(1);
    assertThat(stopped).hasSize(1);
  }
}
