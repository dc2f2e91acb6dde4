package io.github.mistralspring.test;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code mistral.simulator.*} settings, with which an application answers from an in-process
 * Mistral simulator instead of the API, such as on a machine with no key; read by {@link
 * MockMistralApplicationContextInitializer} before the context starts.
 */
@ConfigurationProperties("mistral.simulator")
public class MistralSimulatorProperties {

  /** When the application answers from the simulator. */
  public enum Mode {
    /** Never: the application calls the configured API. */
    FALSE,
    /** Always, whatever key is configured. */
    TRUE,
    /**
     * Only when no key is configured: {@code mistral.api-key} and {@code MISTRAL_API_KEY} are both
     * unset, empty or blank, or an unresolved placeholder.
     */
    WHEN_NO_KEY
  }

  // Field comments are plain text: they become the IDE's help, where Javadoc tags show as such.

  /**
   * Whether to start an in-process Mistral simulator on loopback and point mistral.base-url at it:
   * false (never), true (always) or when-no-key (when neither mistral.api-key nor MISTRAL_API_KEY
   * holds a key). Needs mistral-spring-boot-test on the classpath.
   */
  private Mode enabled = Mode.FALSE;

  /** The loopback port the simulator listens on; 0 picks a free one. */
  private int port = 0;

  /**
   * A seed that fixes the simulator's ids and timestamps, so that the same requests get the same
   * ones; unset, ids are random and timestamps are the wall clock's. Also used by tests with
   * AutoConfigureMockMistral.
   */
  private Long seed;

  /**
   * The pause between two events of every stream the simulator sends, to watch answers arrive token
   * by token (such as 40ms); none by default.
   */
  private Duration tokenDelay = Duration.ZERO;

  /**
   * Whether the legacy fine-tuning jobs routes (/v1/fine_tuning/jobs and below) answer 410 Gone, as
   * the API does since it retired them; false serves them as before.
   */
  private boolean retireFineTuning = false;

  /** Settings with their defaults: the simulator off. */
  public MistralSimulatorProperties() {}

  /**
   * When the application answers from the simulator.
   *
   * @return the mode; false by default
   */
  public Mode getEnabled() {
    return enabled;
  }

  /**
   * Sets when the application answers from the simulator.
   *
   * @param enabled the mode
   */
  public void setEnabled(Mode enabled) {
    this.enabled = enabled;
  }

  /**
   * The port the simulator listens on; 0 for a free one.
   *
   * @return the port; 0 by default
   */
  public int getPort() {
    return port;
  }

  /**
   * Sets the port the simulator listens on.
   *
   * @param port the port, 0 for a free one
   */
  public void setPort(int port) {
    this.port = port;
  }

  /**
   * The seed of the simulator's ids and timestamps, or null for random ones.
   *
   * @return the seed, or null
   */
  public Long getSeed() {
    return seed;
  }

  /**
   * Sets the seed of the simulator's ids and timestamps.
   *
   * @param seed the seed, or null for random ids and wall-clock timestamps
   */
  public void setSeed(Long seed) {
    this.seed = seed;
  }

  /**
   * The pause between two stream events.
   *
   * @return the pause; zero by default
   */
  public Duration getTokenDelay() {
    return tokenDelay;
  }

  /**
   * Sets the pause between two stream events.
   *
   * @param tokenDelay the pause, zero or more
   */
  public void setTokenDelay(Duration tokenDelay) {
    this.tokenDelay = tokenDelay;
  }

  /**
   * Whether the legacy fine-tuning jobs routes answer 410 Gone.
   *
   * @return whether they are retired; false by default
   */
  public boolean isRetireFineTuning() {
    return retireFineTuning;
  }

  /**
   * Sets whether the legacy fine-tuning jobs routes answer 410 Gone.
   *
   * @param retireFineTuning whether they are retired
   */
  public void setRetireFineTuning(boolean retireFineTuning) {
    this.retireFineTuning = retireFineTuning;
  }
}
