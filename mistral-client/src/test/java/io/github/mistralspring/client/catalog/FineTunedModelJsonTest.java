package io.github.mistralspring.client.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/** A fine-tuned model the API sends without its optional lists reads them as empty, never null. */
class FineTunedModelJsonTest {

  private static final String COMMON =
      "\"id\":\"ft:m1\",\"created\":1,\"owned_by\":\"org\",\"root\":\"open-mistral-7b\","
          + "\"archived\":false,\"capabilities\":{},\"job\":\"j1\"";

  @Test
  void aCompletionModelWithoutAliasesHasAnEmptyList() {
    FineTunedModel model =
        MistralJson.mapper()
            .readValue("{" + COMMON + ",\"model_type\":\"completion\"}", FineTunedModel.class);

    assertThat(model).isInstanceOf(CompletionFineTunedModel.class);
    assertThat(((CompletionFineTunedModel) model).aliases()).isNotNull().isEmpty();
  }

  @Test
  void aClassifierWithoutAliasesOrTargetsHasEmptyLists() {
    FineTunedModel model =
        MistralJson.mapper()
            .readValue("{" + COMMON + ",\"model_type\":\"classifier\"}", FineTunedModel.class);

    ClassifierFineTunedModel classifier = (ClassifierFineTunedModel) model;
    assertThat(classifier.aliases()).isNotNull().isEmpty();
    assertThat(classifier.classifierTargets()).isNotNull().isEmpty();
  }
}
