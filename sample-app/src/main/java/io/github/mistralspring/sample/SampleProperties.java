package io.github.mistralspring.sample;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sample application, bound from {@code sample.*}.
 *
 * @param model the model asked when a request names none
 * @param streamTimeout the longest a streamed answer may take before the stream is ended
 */
@ConfigurationProperties("sample")
public record SampleProperties(
    @DefaultValue("mistral-small-latest") String model,
    @DefaultValue("5m") Duration streamTimeout) {}
