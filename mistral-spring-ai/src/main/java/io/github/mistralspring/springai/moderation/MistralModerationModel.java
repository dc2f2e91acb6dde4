package io.github.mistralspring.springai.moderation;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ModerationCategories;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.ai.moderation.Categories;
import org.springframework.ai.moderation.CategoryScores;
import org.springframework.ai.moderation.Generation;
import org.springframework.ai.moderation.Moderation;
import org.springframework.ai.moderation.ModerationModel;
import org.springframework.ai.moderation.ModerationPrompt;
import org.springframework.ai.moderation.ModerationResult;

/**
 * Spring AI's {@link ModerationModel} on the Mistral client's moderations ({@code POST
 * /v1/moderations}). Mistral's categories map onto Spring AI's: {@code hate_and_discrimination} is
 * {@code hate}, {@code violence_and_threats} {@code violence}, {@code selfharm} {@code selfHarm},
 * and {@code sexual}, {@code dangerous}, {@code criminal}, {@code health}, {@code financial},
 * {@code law}, {@code pii} and {@code jailbreaking} keep their names. The older models' {@code
 * dangerous_and_criminal_content} counts as both {@code dangerous} and {@code criminal} (Spring AI
 * deprecates its own combined category). The categories Spring AI has and Mistral does not stay
 * false, with score 0.
 */
public final class MistralModerationModel implements ModerationModel {

  private static final String JAILBREAKING = "jailbreaking";
  private static final String DANGEROUS = "dangerous";
  private static final String CRIMINAL = "criminal";

  private final MistralClient client;
  private final MistralModerationOptions defaultOptions;

  /**
   * Creates a model calling this client, with these options unless a prompt names its own model.
   *
   * @param client the client that sends the moderation requests
   * @param defaultOptions the options used when a prompt has none, such as {@code
   *     MistralModerationOptions.of("mistral-moderation-latest")}
   */
  public MistralModerationModel(MistralClient client, MistralModerationOptions defaultOptions) {
    this.client = Objects.requireNonNull(client, "client");
    this.defaultOptions = Objects.requireNonNull(defaultOptions, "defaultOptions");
  }

  /**
   * Creates a model calling this client with {@value MistralModerationOptions#DEFAULT_MODEL}.
   *
   * @param client the client that sends the moderation requests
   */
  public MistralModerationModel(MistralClient client) {
    this(client, MistralModerationOptions.of(MistralModerationOptions.DEFAULT_MODEL));
  }

  @Override
  public org.springframework.ai.moderation.ModerationResponse call(ModerationPrompt prompt) {
    Objects.requireNonNull(prompt, "prompt");
    String model =
        prompt.getOptions() != null && prompt.getOptions().getModel() != null
            ? prompt.getOptions().getModel()
            : defaultOptions.getModel();
    if (model == null) {
      throw new IllegalArgumentException(
          "The moderation names no model: set one in MistralModerationOptions, or"
              + " mistral.spring-ai.moderation.model with the auto-configuration");
    }
    ModerationResponse response =
        client
            .classifiers()
            .moderate(ClassificationRequest.of(model, prompt.getInstructions().getText()));
    List<ModerationResult> results = new ArrayList<>();
    for (io.github.mistralspring.client.classifiers.ModerationResult result : response.results()) {
      results.add(result(result));
    }
    Moderation moderation =
        Moderation.builder()
            .id(Objects.toString(response.id(), ""))
            .model(Objects.toString(response.model(), model))
            .results(results)
            .build();
    return new org.springframework.ai.moderation.ModerationResponse(new Generation(moderation));
  }

  private static ModerationResult result(
      io.github.mistralspring.client.classifiers.ModerationResult result) {
    Categories categories =
        Categories.builder()
            .sexual(result.flagged(ModerationCategories.SEXUAL))
            .hate(result.flagged(ModerationCategories.HATE_AND_DISCRIMINATION))
            .violence(result.flagged(ModerationCategories.VIOLENCE_AND_THREATS))
            .dangerous(
                result.flagged(DANGEROUS)
                    || result.flagged(ModerationCategories.DANGEROUS_AND_CRIMINAL_CONTENT))
            .criminal(
                result.flagged(CRIMINAL)
                    || result.flagged(ModerationCategories.DANGEROUS_AND_CRIMINAL_CONTENT))
            .selfHarm(result.flagged(ModerationCategories.SELFHARM))
            .health(result.flagged(ModerationCategories.HEALTH))
            .financial(result.flagged(ModerationCategories.FINANCIAL))
            .law(result.flagged(ModerationCategories.LAW))
            .pii(result.flagged(ModerationCategories.PII))
            .jailbreaking(result.flagged(JAILBREAKING))
            .build();
    Map<String, Double> scores = result.categoryScores();
    CategoryScores categoryScores =
        CategoryScores.builder()
            .sexual(score(scores, ModerationCategories.SEXUAL))
            .hate(score(scores, ModerationCategories.HATE_AND_DISCRIMINATION))
            .violence(score(scores, ModerationCategories.VIOLENCE_AND_THREATS))
            .dangerous(
                score(scores, DANGEROUS, ModerationCategories.DANGEROUS_AND_CRIMINAL_CONTENT))
            .criminal(score(scores, CRIMINAL, ModerationCategories.DANGEROUS_AND_CRIMINAL_CONTENT))
            .selfHarm(score(scores, ModerationCategories.SELFHARM))
            .health(score(scores, ModerationCategories.HEALTH))
            .financial(score(scores, ModerationCategories.FINANCIAL))
            .law(score(scores, ModerationCategories.LAW))
            .pii(score(scores, ModerationCategories.PII))
            .jailbreaking(score(scores, JAILBREAKING))
            .build();
    return ModerationResult.builder()
        .flagged(result.flagged())
        .categories(categories)
        .categoryScores(categoryScores)
        .build();
  }

  private static double score(Map<String, Double> scores, String category) {
    Double score = scores.get(category);
    return score == null ? 0 : score;
  }

  private static double score(Map<String, Double> scores, String category, String older) {
    Double score = scores.get(category);
    return score != null ? score : score(scores, older);
  }

  @Override
  public String toString() {
    return "MistralModerationModel[" + defaultOptions + "]";
  }
}
