/**
 * Spring AI's {@code TranscriptionModel} (streaming too) on the Mistral client's audio
 * transcriptions: {@link io.github.mistralspring.springai.audio.MistralTranscriptionModel}, which
 * {@code MistralSpringAiAutoConfiguration} registers beside the other models, switched by {@code
 * mistral.spring-ai.transcription.enabled}.
 */
package io.github.mistralspring.springai.audio;
