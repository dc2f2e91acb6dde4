package io.github.mistralspring.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link MockMistralServer} for a test class: registered on a
 * static field it serves the whole class, on an instance field (or with {@code @ExtendWith}) each
 * test; it is reset before each test and closed after; tests may take it as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockMistralExtension mistral = new MockMistralExtension();
 *
 * @Test
 * void answers(MockMistralServer server) { ... server.baseUrl() ... }
 * }</pre>
 */
public final class MockMistralExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {

  private MockMistralServer server;
  private boolean perClass;

  /** An extension whose server starts with the test class (or test) it is registered for. */
  public MockMistralExtension() {}

  /**
   * The running simulator.
   *
   * @return the simulator of the running test
   */
  public MockMistralServer server() {
    if (server == null) {
      throw new IllegalStateException("The simulator runs only while a test of its class runs");
    }
    return server;
  }

  /**
   * The running simulator's base URL.
   *
   * @return the base URL to give the client
   */
  public String baseUrl() {
    return server().baseUrl();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    server = MockMistralServer.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (server == null) {
      server = MockMistralServer.start();
    } else {
      server.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == MockMistralServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (server == null) {
      server = MockMistralServer.start();
    }
    return server;
  }

  private void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
