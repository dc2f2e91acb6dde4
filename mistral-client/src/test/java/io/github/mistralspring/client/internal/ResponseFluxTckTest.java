package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.testng.ITestResult;
import org.testng.TestListenerAdapter;
import org.testng.TestNG;

/**
 * Runs the Reactive Streams TCK ({@link ResponseFluxVerification}, TestNG-based) from the JUnit
 * build and fails with the names of the rules that fail.
 */
class ResponseFluxTckTest {

  @Test
  void theResponseOperatorFollowsThePublisherRules() {
    TestNG testng = new TestNG(false);
    testng.setTestClasses(
        new Class<?>[] {ResponseFluxVerification.class, ResponseFluxVerification.Async.class});
    testng.setVerbose(0);
    testng.setUseDefaultListeners(false);
    List<String> failed = new CopyOnWriteArrayList<>();
    TestListenerAdapter results =
        new TestListenerAdapter() {
          @Override
          public void onTestFailure(ITestResult result) {
            failed.add(
                result.getTestClass().getRealClass().getSimpleName()
                    + "."
                    + result.getName()
                    + ": "
                    + result.getThrowable());
          }
        };
    testng.addListener(results);

    testng.run();

    assertThat(failed).as("failed TCK rules").isEmpty();
    System.out.printf(
        "Reactive Streams TCK: %d rules passed, %d skipped (not applicable)%n",
        results.getPassedTests().size(), results.getSkippedTests().size());
    assertThat(results.getPassedTests()).as("rules verified").hasSizeGreaterThan(30);
  }
}
