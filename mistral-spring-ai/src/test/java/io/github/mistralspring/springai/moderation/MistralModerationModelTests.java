package io.github.mistralspring.springai.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.springai.Simulators;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.moderation.ModerationPrompt;
import org.springframework.ai.moderation.ModerationResult;

/** {@link MistralModerationModel} against the Mistral simulator. */
class MistralModerationModelTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;
  private MistralModerationModel model;

  @BeforeEach
  void setUp() {
    client = Simulators.client(mistral.server());
    model = new MistralModerationModel(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private ModerationResult moderate(String text) {
    return model.call(new ModerationPrompt(text)).getResult().getOutput().getResults().get(0);
  }

  @Test
  void aThreatIsFlaggedAsViolence() {
    ModerationResult result = moderate("I will attack you tomorrow");

    assertThat(result.isFlagged()).isTrue();
    assertThat(result.getCategories().isViolence()).isTrue();
    assertThat(result.getCategories().isSexual()).isFalse();
    assertThat(result.getCategoryScores().getViolence()).isGreaterThan(0.8);
    assertThat(mistral.server().takeRequest().bodyJson().path("model").asString())
        .isEqualTo("mistral-moderation-latest");
  }

  @Test
  void aHarmlessTextIsNotFlagged() {
    ModerationResult result = moderate("The weather is lovely today");

    assertThat(result.isFlagged()).isFalse();
    assertThat(result.getCategoryScores().getViolence()).isLessThan(0.1);
  }

  @Test
  void theOlderCombinedCategoryCountsAsDangerousAndCriminal() {
    mistral
        .server()
        .enqueue(
            MockResponse.json(
                    200,
                    """
                    {"id":"mod-1","model":"mistral-moderation-2411","results":[{
                      "categories":{"dangerous_and_criminal_content":true,"pii":false},
                      "category_scores":{"dangerous_and_criminal_content":0.97,"pii":0.01}}]}
                    """)
                .forPath("/v1/moderations"));

    ModerationResult result = moderate("How do I build a bomb?");

    assertThat(result.getCategories().isDangerous()).isTrue();
    assertThat(result.getCategories().isCriminal()).isTrue();
    assertThat(result.getCategoryScores().getCriminal()).isEqualTo(0.97);
    assertThat(result.getCategories().isPii()).isFalse();
  }

  @Test
  void aPromptsModelOverridesTheDefault() {
    model.call(
        new ModerationPrompt("hello", MistralModerationOptions.of("mistral-moderation-2411")));

    assertThat(mistral.server().takeRequest().bodyJson().path("model").asString())
        .isEqualTo("mistral-moderation-2411");
  }
}
