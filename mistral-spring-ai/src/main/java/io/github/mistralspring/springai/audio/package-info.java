/**
 * Where Spring AI's {@code TranscriptionModel} (and {@code StreamingTranscriptionModel}) on the
 * Mistral client will live: not built yet, because the client has no audio API group. Once {@code
 * mistral.audio()} exists, a {@code MistralTranscriptionModel} here maps an {@code
 * AudioTranscriptionPrompt} to a transcription request and the answer to an {@code
 * AudioTranscriptionResponse}, and {@code MistralSpringAiAutoConfiguration} registers it beside the
 * other models, switched by {@code mistral.spring-ai.transcription.enabled}.
 */
package io.github.mistralspring.springai.audio;
