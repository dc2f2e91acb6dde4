package io.github.mistralspring.sample;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sample application, bound from {@code sample.*}.
 *
 * @param model the chat model asked when a request names none
 * @param embeddingModel the model of {@code POST /api/embed}
 * @param moderationModel the model of {@code POST /api/moderate}
 * @param ocrModel the model of {@code POST /api/ocr}
 * @param streamTimeout the longest a streamed answer may take before the stream is ended
 */
@ConfigurationProperties("sample")
public record SampleProperties(
    @DefaultValue("mistral-small-latest") String model,
    @DefaultValue("mistral-embed") String embeddingModel,
    @DefaultValue("mistral-moderation-latest") String moderationModel,
    @DefaultValue("mistral-ocr-latest") String ocrModel,
    @DefaultValue("5m") Duration streamTimeout) {}
