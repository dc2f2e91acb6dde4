package io.github.mistralspring.sample;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import io.github.mistralspring.client.classifiers.ModerationResult;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Asks the moderation model which policy categories a text falls into. */
@RestController
class ModerateController {

  private final MistralClient mistral;
  private final SampleProperties properties;

  ModerateController(MistralClient mistral, SampleProperties properties) {
    this.mistral = mistral;
    this.properties = properties;
  }

  /** Moderates one text: the categories it was flagged in, and the score of every category. */
  @PostMapping(path = "/api/moderate", consumes = MediaType.APPLICATION_JSON_VALUE)
  Moderated moderate(@RequestBody TextToModerate body) {
    if (!StringUtils.hasText(body.text())) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The text must not be blank");
    }
    ModerationResponse response =
        mistral
            .classifiers()
            .moderate(ClassificationRequest.of(properties.moderationModel(), body.text()));

    ModerationResult result = response.results().isEmpty() ? null : response.results().get(0);
    if (result == null) {
      return new Moderated(response.model(), false, List.of(), Map.of());
    }
    List<String> flagged =
        result.categories().entrySet().stream()
            .filter(category -> Boolean.TRUE.equals(category.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    return new Moderated(response.model(), result.flagged(), flagged, result.categoryScores());
  }

  /**
   * The body of {@code POST /api/moderate}.
   *
   * @param text the text to moderate
   */
  record TextToModerate(String text) {}

  /**
   * The answer of {@code POST /api/moderate}.
   *
   * @param model the model that moderated the text
   * @param flagged whether any category was flagged
   * @param flaggedCategories the categories flagged, such as {@code violence_and_threats}
   * @param scores each category's score, from 0 to 1
   */
  record Moderated(
      String model, boolean flagged, List<String> flaggedCategories, Map<String, Double> scores) {}
}
