package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Where the simulator answers as the real API does: requests it refuses, sampling settings, usage
 * details, list order, enums of the spec, embeddings; over plain HTTP, to see the wire shapes.
 */
class ApiFidelityTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private static HttpSupport.Result post(String path, String json) {
    return HttpSupport.post(mistral.baseUrl() + path, "k", json);
  }

  private static JsonNode ok(HttpSupport.Result result) {
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  private static JsonNode chat(String question, String extra) {
    return ok(
        post(
            "/v1/chat/completions",
            "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\", \"content\":"
                + " \""
                + question
                + "\"}]"
                + extra
                + "}"));
  }

  private static List<String> contents(JsonNode response) {
    List<String> texts = new ArrayList<>();
    response.get("choices").forEach(choice -> texts.add(choice.at("/message/content").asString()));
    return texts;
  }

  // ---- requests the API refuses

  @Test
  void refusesAnUnknownModelWithTheApisInvalidModelError() {
    HttpSupport.Result chat =
        post(
            "/v1/chat/completions",
            "{\"model\": \"mistral-huge\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
    HttpSupport.Result embeddings =
        post("/v1/embeddings", "{\"model\": \"mistral-huge\", \"input\": [\"x\"]}");

    assertThat(chat.status()).isEqualTo(400);
    assertThat(chat.body())
        .isEqualTo(
            "{\"object\":\"error\",\"message\":\"Invalid model: mistral-huge\","
                + "\"type\":\"invalid_model\",\"param\":null,\"code\":\"1500\"}");
    assertThat(embeddings.status()).isEqualTo(400);
    assertThat(embeddings.json().get("type").asString()).isEqualTo("invalid_model");
  }

  @Test
  void acceptsModelAliasesAndModelsAddedForATest() {
    ok(
        post(
            "/v1/chat/completions",
            "{\"model\": \"mistral-small-2506\", \"messages\": [{\"role\": \"user\", \"content\":"
                + " \"x\"}]}"));
    mistral.server().addModel("my-own-model");
    ok(
        post(
            "/v1/chat/completions",
            "{\"model\": \"my-own-model\", \"messages\": [{\"role\": \"user\", \"content\":"
                + " \"x\"}]}"));
  }

  @Test
  void refusesEmptyMessagesAndEmptyInputsWithTheValidationError() {
    HttpSupport.Result messages =
        post("/v1/chat/completions", "{\"model\": \"mistral-small-latest\", \"messages\": []}");
    HttpSupport.Result inputs =
        post("/v1/embeddings", "{\"model\": \"mistral-embed\", \"input\": []}");
    HttpSupport.Result text =
        post("/v1/embeddings", "{\"model\": \"mistral-embed\", \"input\": \"\"}");

    assertThat(messages.status()).isEqualTo(422);
    assertThat(messages.body())
        .isEqualTo(
            "{\"detail\":[{\"type\":\"too_short\",\"loc\":[\"body\",\"messages\"],"
                + "\"msg\":\"List should have at least 1 item after validation, not 0\","
                + "\"input\":[],\"ctx\":{\"field_type\":\"List\",\"min_length\":1,"
                + "\"actual_length\":0}}]}");
    assertThat(inputs.status()).isEqualTo(422);
    assertThat(inputs.json().at("/detail/0/loc/1").asString()).isEqualTo("input");
    assertThat(text.status()).isEqualTo(422);
    assertThat(text.json().at("/detail/0/type").asString()).isEqualTo("string_too_short");
  }

  @Test
  void refusesAnUnknownAgentInCompletionsAndConversations() {
    HttpSupport.Result completion =
        post(
            "/v1/agents/completions",
            "{\"agent_id\": \"ag_nope\", \"messages\": [{\"role\": \"user\", \"content\": \"x\"}]}");
    HttpSupport.Result conversation =
        post("/v1/conversations", "{\"agent_id\": \"ag_nope\", \"inputs\": \"x\"}");

    assertThat(completion.status()).isEqualTo(404);
    assertThat(completion.json().get("object").asString()).isEqualTo("error");
    assertThat(completion.json().get("message").asString()).contains("ag_nope");
    assertThat(conversation.status()).isEqualTo(404);
  }

  // ---- agents answer as they are set up

  @Test
  void agentsCompletionsUseTheAgentsToolsInstructionsAndCompletionArguments() {
    JsonNode agent =
        ok(
            post(
                "/v1/agents",
                """
                {"model": "mistral-medium-latest", "name": "Weather",
                 "instructions": "You answer questions about the weather, briefly and kindly.",
                 "completion_args": {"max_tokens": 3},
                 "tools": [{"type": "function", "function": {"name": "get_weather",
                   "parameters": {"type": "object",
                                  "properties": {"city": {"type": "string"}}}}}]}"""));
    String id = agent.get("id").asString();

    JsonNode call =
        ok(
            post(
                "/v1/agents/completions",
                "{\"agent_id\": \""
                    + id
                    + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Weather in"
                    + " Nice?\"}]}"));
    JsonNode text =
        ok(
            post(
                "/v1/agents/completions",
                "{\"agent_id\": \""
                    + id
                    + "\", \"messages\": [{\"role\": \"user\", \"content\": \"Say hello\"}]}"));
    JsonNode plain = chat("Say hello", "");

    assertThat(call.at("/choices/0/message/tool_calls/0/function/arguments").asString())
        .isEqualTo("{\"city\":\"Nice\"}");
    assertThat(call.get("model").asString()).isEqualTo("mistral-medium-latest");
    // The agent's max_tokens: 3 cuts the answer; its instructions count in the prompt.
    assertThat(text.at("/choices/0/finish_reason").asString()).isEqualTo("length");
    assertThat(text.at("/usage/completion_tokens").asInt()).isEqualTo(3);
    assertThat(text.at("/usage/prompt_tokens").asInt())
        .isGreaterThan(plain.at("/usage/prompt_tokens").asInt() + 10);
  }

  @Test
  void conversationsStartedWithAnAgentUseItsToolsAndAnswerFunctionResults() {
    String id =
        ok(post(
                "/v1/agents",
                """
                {"model": "mistral-small-latest", "name": "Weather",
                 "tools": [{"type": "function", "function": {"name": "get_weather",
                   "parameters": {"type": "object",
                                  "properties": {"city": {"type": "string"}}}}}]}"""))
            .get("id")
            .asString();

    JsonNode started =
        ok(
            post(
                "/v1/conversations",
                "{\"agent_id\": \"" + id + "\", \"inputs\": \"What is the weather in Lyon?\"}"));
    JsonNode call = started.at("/outputs/0");
    JsonNode answered =
        ok(
            post(
                "/v1/conversations/" + started.get("conversation_id").asString(),
                "{\"inputs\": [{\"type\": \"function.result\", \"tool_call_id\": \""
                    + call.get("tool_call_id").asString()
                    + "\", \"result\": \"Rain, 12C\"}]}"));

    assertThat(call.get("type").asString()).isEqualTo("function.call");
    assertThat(call.get("name").asString()).isEqualTo("get_weather");
    assertThat(call.get("arguments").asString()).isEqualTo("{\"city\":\"Lyon\"}");
    assertThat(answered.at("/outputs/0/type").asString()).isEqualTo("message.output");
    assertThat(answered.at("/outputs/0/content").asString())
        .isEqualTo("According to get_weather: Rain, 12C.");
  }

  // ---- sampling settings

  @Test
  void stopCutsTheAnswerBeforeTheFirstStopSequence() {
    mistral.server().enqueue(MockResponse.answer("The capital of France is Paris."));
    JsonNode scripted = chat("Capital of France?", ", \"stop\": [\"Paris\"]");
    JsonNode generated = chat("Capital of France?", ", \"stop\": \"France\"");

    assertThat(contents(scripted)).containsExactly("The capital of France is ");
    assertThat(scripted.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(contents(generated).get(0)).doesNotContain("France").isNotEmpty();
  }

  @Test
  void givesDistinctChoicesForNUnlessTheTemperatureIsZero() {
    JsonNode sampled = chat("Name a colour", ", \"n\": 3");
    JsonNode greedy = chat("Name a colour", ", \"n\": 3, \"temperature\": 0");
    JsonNode single = chat("Name a colour", "");

    assertThat(contents(sampled)).hasSize(3).doesNotHaveDuplicates();
    assertThat(contents(sampled).get(0)).isEqualTo(contents(single).get(0));
    assertThat(contents(greedy)).hasSize(3).containsOnly(contents(single).get(0));
    assertThat(sampled.at("/choices/2/index").asInt()).isEqualTo(2);
    assertThat(sampled.at("/usage/completion_tokens").asInt())
        .isGreaterThan(single.at("/usage/completion_tokens").asInt() * 2);
  }

  @Test
  void theSameRandomSeedGivesTheSameAnswerAndAnotherSeedAnotherOne() {
    List<String> seven = new ArrayList<>();
    List<String> eight = new ArrayList<>();
    for (String question :
        List.of("Why is the sky blue?", "How do magnets work?", "What is rust?")) {
      String first = contents(chat(question, ", \"random_seed\": 7, \"temperature\": 0.7")).get(0);
      String again = contents(chat(question, ", \"random_seed\": 7, \"temperature\": 0.7")).get(0);
      assertThat(again).isEqualTo(first);
      seven.add(first);
      eight.add(contents(chat(question, ", \"random_seed\": 8, \"temperature\": 0.7")).get(0));
    }

    assertThat(seven).isNotEqualTo(eight);
  }

  @Test
  void streamsEachChoiceWithItsIndex() {
    String stream =
        post(
                "/v1/chat/completions",
                "{\"model\": \"mistral-small-latest\", \"stream\": true, \"n\": 2, \"messages\":"
                    + " [{\"role\": \"user\", \"content\": \"Hi\"}]}")
            .body();

    assertThat(stream).contains("\"index\":0").contains("\"index\":1");
    assertThat(stream.split("\"usage\"", -1)).hasSize(2);
  }

  // ---- usage

  @Test
  void reportsCachedPromptTokensForAPromptCacheKey() {
    String instructions =
        "Keep this long instruction in mind for the whole conversation. ".repeat(8);
    String first =
        "{\"model\": \"mistral-small-latest\", \"prompt_cache_key\": \"k1\", \"messages\":"
            + " [{\"role\": \"system\", \"content\": \""
            + instructions
            + "\"}, {\"role\": \"user\", \"content\": \"One\"}]}";

    JsonNode cold = ok(post("/v1/chat/completions", first));
    JsonNode warm = ok(post("/v1/chat/completions", first.replace("\"One\"", "\"Two\"")));
    JsonNode uncached = chat("One", "");

    assertThat(cold.at("/usage/prompt_tokens_details/cached_tokens").asInt()).isZero();
    assertThat(warm.at("/usage/prompt_tokens_details/cached_tokens").asInt())
        .isPositive()
        .isLessThan(warm.at("/usage/prompt_tokens").asInt())
        .isEqualTo(warm.at("/usage/prompt_tokens_details/cached_tokens").asInt() / 16 * 16);
    assertThat(uncached.at("/usage/prompt_tokens_details/cached_tokens").asInt()).isZero();
  }

  // ---- lists and enums

  @Test
  void listsFilesAndJobsNewestFirst() {
    List<String> files = new ArrayList<>();
    for (String name : List.of("b.jsonl", "a.jsonl", "c.jsonl")) {
      files.add(
          HttpSupport.upload(
                  mistral.baseUrl() + "/v1/files",
                  "k",
                  name,
                  "batch",
                  "{\"custom_id\":\"0\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}}"
                      .getBytes(StandardCharsets.UTF_8))
              .json()
              .get("id")
              .asString());
    }
    List<String> batches = new ArrayList<>();
    List<String> fineTunings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batches.add(
          ok(post(
                  "/v1/batch/jobs",
                  "{\"input_files\": [\""
                      + files.get(0)
                      + "\"], \"endpoint\":"
                      + " \"/v1/chat/completions\", \"model\": \"mistral-small-latest\"}"))
              .get("id")
              .asString());
      fineTunings.add(
          ok(post(
                  "/v1/fine_tuning/jobs",
                  "{\"model\": \"open-mistral-nemo\", \"hyperparameters\": {\"training_steps\":"
                      + " 1}}"))
              .get("id")
              .asString());
    }

    assertThat(ids(HttpSupport.get(mistral.baseUrl() + "/v1/files", "k").json()))
        .containsSubsequence(files.get(2), files.get(1), files.get(0));
    assertThat(ids(HttpSupport.get(mistral.baseUrl() + "/v1/batch/jobs", "k").json()))
        .containsExactly(batches.get(2), batches.get(1), batches.get(0));
    assertThat(ids(HttpSupport.get(mistral.baseUrl() + "/v1/fine_tuning/jobs", "k").json()))
        .containsExactly(fineTunings.get(2), fineTunings.get(1), fineTunings.get(0));
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.get("data").forEach(item -> ids.add(item.get("id").asString()));
    return ids;
  }

  @Test
  void givesOcrUploadsASampleTypeOfTheSpecsEnum() {
    JsonNode file =
        HttpSupport.upload(
                mistral.baseUrl() + "/v1/files",
                "k",
                "scan.pdf",
                "ocr",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8))
            .json();

    assertThat(file.get("sample_type").asString())
        .isIn("pretrain", "instruct", "batch_request", "batch_result", "batch_error")
        .isEqualTo("instruct");
  }

  // ---- embeddings

  @Test
  void embedsIntoDenseVectorsWhoseSimilarityFollowsMeaning() {
    JsonNode data =
        ok(post(
                "/v1/embeddings",
                "{\"model\": \"mistral-embed\", \"input\": [\"a cat\", \"a kitten\", \"tax law\","
                    + " \"The cat sat on the mat\", \"The cat sat on a mat\"]}"))
            .get("data");
    float[] cat = vector(data.get(0));
    float[] kitten = vector(data.get(1));
    float[] tax = vector(data.get(2));

    int nonZero = 0;
    for (float value : cat) {
      nonZero += value != 0 ? 1 : 0;
    }
    assertThat(cat).hasSize(1024);
    assertThat(nonZero).isGreaterThan(1000);
    assertThat(dot(cat, cat)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(dot(cat, kitten)).isGreaterThan(dot(cat, tax) + 0.4);
    assertThat(dot(vector(data.get(3)), vector(data.get(4)))).isGreaterThan(0.8);
    assertThat(Math.abs(dot(cat, tax))).isLessThan(0.2);
  }

  @Test
  void embedsTheSameTextIntoTheSameVectorOnEveryServer() {
    String body = "{\"model\": \"mistral-embed\", \"input\": \"a stable vector\"}";
    float[] here = vector(ok(post("/v1/embeddings", body)).at("/data/0"));
    float[] there;
    try (MockMistralServer other = MockMistralServer.builder().seed(99).start()) {
      there =
          vector(
              HttpSupport.post(other.baseUrl() + "/v1/embeddings", "k", body).json().at("/data/0"));
    }

    assertThat(there).isEqualTo(here);
  }

  private static float[] vector(JsonNode item) {
    JsonNode values = item.get("embedding");
    float[] vector = new float[values.size()];
    for (int i = 0; i < vector.length; i++) {
      vector[i] = values.get(i).floatValue();
    }
    return vector;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
