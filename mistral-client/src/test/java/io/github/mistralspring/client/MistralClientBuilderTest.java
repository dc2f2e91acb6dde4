package io.github.mistralspring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class MistralClientBuilderTest {

  @Test
  void flagsPlainHttpToAnotherHostButNotLoopbackOrHttps() {
    assertThat(MistralClientBuilder.sendsKeyInClear(URI.create("http://api.example.com"))).isTrue();
    assertThat(MistralClientBuilder.sendsKeyInClear(URI.create("http://10.0.0.5:8080"))).isTrue();
    assertThat(MistralClientBuilder.sendsKeyInClear(URI.create("https://api.mistral.ai")))
        .isFalse();
    assertThat(MistralClientBuilder.sendsKeyInClear(URI.create("http://localhost:8080"))).isFalse();
    assertThat(MistralClientBuilder.sendsKeyInClear(URI.create("http://127.0.0.1:1"))).isFalse();
    assertThat(MistralClientBuilder.sendsKeyInClear(URI.create("http://[::1]:9"))).isFalse();
  }

  @Test
  void refusesABuildWithoutAKeyNamingBothWaysToSetIt() {
    assertThatThrownBy(() -> MistralClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey(..)")
        .hasMessageContaining("mistral.api-key")
        .hasMessageContaining("MISTRAL_API_KEY");
  }

  @Test
  void refusesABaseUrlThatIsNotHttp() {
    assertThatThrownBy(() -> MistralClient.builder().apiKey("k").baseUrl("ftp://x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be an http or https URL");
  }
}
