package io.github.mistralspring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.mistralspring.test.AutoConfigureMockMistral;
import io.github.mistralspring.test.MockMistralServer;
import io.github.mistralspring.test.MockResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The sample page in a real browser, headless Chromium, against the application on the simulator:
 * the streamed answer grows on screen piece by piece, and every failure shows its reason.
 *
 * <p>Without a Chromium on the machine the class is skipped, and says so loudly; with {@code
 * SAMPLE_BROWSER_TEST=required} (as {@code .ci/run} sets after installing it) it fails instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMistral
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePageBrowserTests {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @Autowired private MockMistralServer mistral;
  @LocalServerPort private int port;

  private Chromium browser;
  private String skipped;

  @BeforeAll
  void startTheBrowser() throws Exception {
    Optional<Path> chromium = Chromium.find();
    if (chromium.isEmpty()) {
      String reason =
          "no Chromium was found: looked for chromium, chromium-browser and google-chrome on the PATH"
              + " (or the sample.chromium property / CHROMIUM variable). Install it with"
              + " 'apt-get update && apt-get install -y chromium', as .ci/run does.";
      if ("required".equalsIgnoreCase(System.getenv("SAMPLE_BROWSER_TEST"))) {
        fail("SAMPLE_BROWSER_TEST=required, but " + reason);
      }
      String line = "*".repeat(78);
      System.err.printf(
          "%n%s%n* SKIPPED: the browser test of the sample page (SamplePageBrowserTests):%n* %s%n%s%n%n",
          line, reason, line);
      skipped = reason;
      return;
    }
    browser =
        Chromium.launch(
            chromium.get(), Path.of("target", "chromium-" + UUID.randomUUID()), "about:blank");
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void openThePage() {
    // Skipped test by test, so that the build's summary counts each one as skipped.
    Assumptions.assumeTrue(skipped == null, skipped);
    browser.navigate("about:blank");
    browser.navigate("http://localhost:" + port + "/");
    browser.evaluate("window.byId = (id) => document.getElementById(id)");
    // The page asks for the banner and the health as it loads: let both land before scripting
    // the simulator, so that neither call takes a scripted response.
    browser.waitFor(
        "byId('backend').dataset.state !== 'loading'"
            + " && ['done', 'failed'].includes(byId('health-card').dataset.state)",
        WAIT);
  }

  @Test
  void showsTheStreamedAnswerGrowingPieceByPiece() {
    String story =
        "Once upon a time a lighthouse keeper watched the storm roll in over the grey sea,"
            + " climbed the stairs\nand lit the lamp.";
    mistral.enqueue(MockResponse.answer(story).withTokenDelay(Duration.ofMillis(40)));

    // Notes the answer's length and the card's state at each change the page makes to it.
    browser.evaluate(
        """
        window.seen = [];
        new MutationObserver(() => window.seen.push({
            at: performance.now(),
            length: byId('chat-answer').textContent.length,
            state: byId('chat-card').dataset.state }))
          .observe(byId('chat-answer'), { childList: true, characterData: true, subtree: true });
        byId('chat').prompt.value = 'Tell me a story about a lighthouse.';
        byId('chat').requestSubmit();
        """);
    browser.waitFor("byId('chat-card').dataset.state !== 'streaming'", WAIT);

    assertThat(text("chat-card", "dataset.state"))
        .as(browser.console().toString())
        .isEqualTo("done");
    assertThat(text("chat-answer", "textContent")).isEqualTo(story);
    List<Double> times = new ArrayList<>();
    List<Integer> lengths = new ArrayList<>();
    for (JsonNode change : browser.evaluate("window.seen.filter((s) => s.length > 0)")) {
      times.add(change.path("at").asDouble());
      lengths.add(change.path("length").asInt());
      assertThat(change.path("state").asString()).isEqualTo("streaming");
    }
    // In pieces, each longer than the last, over time: not the whole answer at once at the end.
    assertThat(lengths).hasSizeGreaterThanOrEqualTo(10).isSorted().doesNotHaveDuplicates();
    assertThat(lengths.get(0)).isLessThan(story.length() / 4);
    assertThat(times.get(times.size() - 1) - times.get(0)).isGreaterThan(300.0);
    // Pieces that land together are seen as one change, so the page may count more than were seen.
    String meta = text("chat-meta", "textContent");
    assertThat(meta).startsWith("mistral-small-latest · ").containsPattern(" \\d+ pieces · ");
    assertThat(Integer.parseInt(meta.replaceFirst(".* (\\d+) pieces .*", "$1")))
        .isGreaterThanOrEqualTo(lengths.size());
    assertThat(visible("chat-error")).isFalse();
  }

  @Test
  void showsWhyAStreamStoppedMidway() {
    String answer = "one two three four five six seven eight nine ten";
    mistral.enqueue(MockResponse.answer(answer).withTokenDelay(Duration.ofMillis(20)).cutAfter(4));

    submitPrompt("Count to ten.", "");
    browser.waitFor("byId('chat-card').dataset.state !== 'streaming'", WAIT);

    assertThat(text("chat-card", "dataset.state")).isEqualTo("failed");
    assertThat(visible("chat-error")).isTrue();
    assertThat(text("chat-error", "textContent"))
        .startsWith("502 Mistral API unavailable: The connection closed during")
        .contains("before the response was complete");
    // What had arrived stays on screen.
    assertThat(text("chat-answer", "textContent")).startsWith("one").isNotEqualTo(answer);
  }

  @Test
  void showsTheReasonTheApiRefusedAPrompt() {
    mistral.enqueue(
        MockResponse.json(
                400,
                "{\"object\":\"error\",\"message\":\"Invalid model: mistral-nonexistent\","
                    + "\"type\":\"invalid_model\",\"param\":null,\"code\":\"1500\"}")
            .forPath("/v1/chat/completions"));

    submitPrompt("Hello", "mistral-nonexistent");
    browser.waitFor("byId('chat-card').dataset.state !== 'streaming'", WAIT);

    assertThat(text("chat-card", "dataset.state")).isEqualTo("failed");
    assertThat(text("chat-error", "textContent"))
        .isEqualTo("400 Mistral API error: Invalid model: mistral-nonexistent");
    assertThat(text("chat-answer", "textContent")).isEmpty();
    // The page's health card may have asked the simulator too: pick the chat call.
    assertThat(mistral.recordedRequests())
        .filteredOn(request -> request.path().equals("/v1/chat/completions"))
        .singleElement()
        .satisfies(
            request ->
                assertThat(request.bodyJson().path("model").asString())
                    .isEqualTo("mistral-nonexistent"));
  }

  @Test
  void showsTheBackendTheHealthSimilaritiesModerationAndARefusedForm() {
    assertThat(text("backend-name", "textContent")).isEqualTo("Simulator");
    assertThat(text("backend-summary", "textContent"))
        .startsWith("With no MISTRAL_API_KEY set")
        .contains(mistral.baseUrl());
    assertThat(text("health-status", "textContent")).isEqualTo("UP");
    assertThat(text("health-details", "textContent")).contains("baseUrl" + mistral.baseUrl());

    browser.evaluate("byId('embed').requestSubmit()");
    browser.waitFor("byId('embed-card').dataset.state !== 'busy'", WAIT);
    assertThat(browser.evaluate("byId('embed-out').querySelectorAll('tbody tr').length").asInt())
        .isEqualTo(3);
    assertThat(text("embed-out", "textContent")).contains("Closest in meaning: ");
    assertThat(text("embed-meta", "textContent")).startsWith("mistral-embed · 1024 dimensions");

    browser.evaluate("byId('moderate').requestSubmit()");
    browser.waitFor("byId('moderate-card').dataset.state !== 'busy'", WAIT);
    assertThat(text("moderate-out", "textContent")).startsWith("Flagged: violence_and_threats");

    browser.evaluate("byId('ocr').url.value = 'file:///etc/passwd'; byId('ocr').requestSubmit()");
    browser.waitFor("byId('ocr-card').dataset.state !== 'busy'", WAIT);
    assertThat(text("ocr-card", "dataset.state")).isEqualTo("failed");
    assertThat(text("ocr-error", "textContent"))
        .startsWith("400 Bad Request: Give the \"url\" of a document or an image");
  }

  private void submitPrompt(String prompt, String model) {
    browser.evaluate(
        "byId('chat').prompt.value = "
            + quote(prompt)
            + "; byId('chat').model.value = "
            + quote(model)
            + "; byId('chat').requestSubmit();");
  }

  private String text(String id, String property) {
    return browser.evaluate("byId(" + quote(id) + ")." + property).asString();
  }

  private boolean visible(String id) {
    return !browser.evaluate("byId(" + quote(id) + ").hidden").asBoolean();
  }

  private static String quote(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
  }
}
