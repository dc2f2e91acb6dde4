package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Nothing the auto-configuration prints contains the API key. */
class MistralSecretHandlingTests {

  private static final String KEY = "sk-secret-4f9a2c";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class));

  @Test
  void propertiesToStringSaysWhetherTheKeyIsSetButNeverShowsIt() {
    MistralProperties properties = new MistralProperties();
    assertThat(properties.toString()).contains("apiKey=unset");
    properties.setApiKey(KEY);
    assertThat(properties.toString()).doesNotContain(KEY).contains("apiKey=(set)");
  }

  @Test
  void boundPropertiesAndBeansNeverPrintAKeyFromTheProperty() {
    runner
        .withPropertyValues("mistral.api-key=" + KEY)
        .run(
            context -> {
              assertThat(context.getBean(MistralProperties.class).getApiKey()).isEqualTo(KEY);
              assertThat(context.getBean(MistralProperties.class).toString()).doesNotContain(KEY);
              assertThat(context.getBean(MistralConnectionDetails.class).apiKey()).isEqualTo(KEY);
              assertThat(context.getBean(MistralConnectionDetails.class).toString())
                  .doesNotContain(KEY)
                  .contains("https://api.mistral.ai");
              assertThat(context.getBean(MistralClient.class).toString()).doesNotContain(KEY);
              assertThat(context.getBean(ReactiveMistralClient.class).toString())
                  .doesNotContain(KEY);
              assertThat(context.getBean(ReactiveMistralClient.class).settings().toString())
                  .doesNotContain(KEY);
            });
  }

  @Test
  void connectionDetailsNeverPrintAKeyFromTheVariable() {
    runner
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", KEY))
        .run(
            context -> {
              MistralConnectionDetails details = context.getBean(MistralConnectionDetails.class);
              assertThat(details.apiKey()).isEqualTo(KEY);
              assertThat(details.toString()).doesNotContain(KEY);
            });
  }
}
