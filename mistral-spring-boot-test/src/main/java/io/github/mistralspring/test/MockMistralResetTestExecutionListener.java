package io.github.mistralspring.test;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the context's {@link MockMistralServer} before each test, so tests sharing a cached
 * context do not see each other's queued answers, requests or state.
 */
public final class MockMistralResetTestExecutionListener implements TestExecutionListener, Ordered {

  /** Created by Spring's test framework from {@code META-INF/spring.factories}. */
  public MockMistralResetTestExecutionListener() {}

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext
          .getApplicationContext()
          .getBeanProvider(MockMistralServer.class)
          .ifAvailable(MockMistralServer::reset);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 100;
  }
}
