package io.github.mistralspring.springai.audio;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionDoneEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionLanguageEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionTextDeltaEvent;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.Objects;
import org.springframework.ai.audio.transcription.AudioTranscription;
import org.springframework.ai.audio.transcription.AudioTranscriptionOptions;
import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponseMetadata;
import org.springframework.ai.audio.transcription.TranscriptionModel;
import org.springframework.core.io.Resource;
import reactor.core.publisher.Flux;

/**
 * Spring AI's {@link TranscriptionModel} on the Mistral client's transcriptions ({@code POST
 * /v1/audio/transcriptions}). The prompt's resource is uploaded as it is read (a resource that can
 * be read once only is never sent twice); {@link #stream} sends one response per piece of text as
 * the API streams it. Each response's metadata holds {@value #MODEL}, {@value #LANGUAGE} and, when
 * the API reports them, {@value #AUDIO_SECONDS} and {@value #USAGE} (the client's {@link
 * UsageInfo}).
 *
 * <p>The endpoint serves transcription models only (voxtral-mini-latest and its dated versions):
 * chat models that understand audio, such as voxtral-small-latest, are refused there.
 */
public final class MistralTranscriptionModel implements TranscriptionModel {

  /** The metadata key of the model that transcribed the audio. */
  public static final String MODEL = "model";

  /** The metadata key of the audio's language, as a two-letter code. */
  public static final String LANGUAGE = "language";

  /** The metadata key of the seconds of audio transcribed. */
  public static final String AUDIO_SECONDS = "audio-seconds";

  /** The metadata key of the usage the API reported. */
  public static final String USAGE = "usage";

  /** The file name of audio whose resource has none and whose options name none. */
  static final String DEFAULT_FILENAME = "audio";

  private final MistralClient client;
  private final MistralTranscriptionOptions defaultOptions;

  /**
   * A model calling this client, with these options where a prompt's leave one unset.
   *
   * @param client the client that sends the transcriptions
   * @param defaultOptions the options of every call, each overridden by a prompt's own
   */
  public MistralTranscriptionModel(
      MistralClient client, MistralTranscriptionOptions defaultOptions) {
    this.client = Objects.requireNonNull(client, "client");
    this.defaultOptions = Objects.requireNonNull(defaultOptions, "defaultOptions");
  }

  /**
   * A model calling this client with its default transcription model.
   *
   * @param client the client that sends the transcriptions
   */
  public MistralTranscriptionModel(MistralClient client) {
    this(client, MistralTranscriptionOptions.builder().build());
  }

  @Override
  public AudioTranscriptionResponse call(AudioTranscriptionPrompt prompt) {
    TranscriptionResponse response =
        client.audio().transcriptions().create(request(Objects.requireNonNull(prompt, "prompt")));
    AudioTranscriptionResponseMetadata metadata = new AudioTranscriptionResponseMetadata();
    put(metadata, MODEL, response.model());
    put(metadata, LANGUAGE, response.language());
    putUsage(metadata, response.usage());
    return new AudioTranscriptionResponse(new AudioTranscription(response.text()), metadata);
  }

  /**
   * The transcript as the API streams it: one response per piece of text, in order; the language
   * event and the closing event (with the model, language and usage) give a response with empty
   * text, so that concatenating the outputs gives the whole transcript.
   */
  @Override
  public Flux<AudioTranscriptionResponse> stream(AudioTranscriptionPrompt prompt) {
    return Flux.defer(
        () ->
            client.reactive().audio().transcriptions().stream(
                    request(Objects.requireNonNull(prompt, "prompt")))
                .map(
                    event -> {
                      AudioTranscriptionResponseMetadata metadata =
                          new AudioTranscriptionResponseMetadata();
                      String text = "";
                      if (event instanceof TranscriptionTextDeltaEvent delta) {
                        text = delta.text();
                      } else if (event instanceof TranscriptionLanguageEvent language) {
                        put(metadata, LANGUAGE, language.audioLanguage());
                      } else if (event instanceof TranscriptionDoneEvent done) {
                        put(metadata, MODEL, done.model());
                        put(metadata, LANGUAGE, done.language());
                        putUsage(metadata, done.usage());
                      }
                      return new AudioTranscriptionResponse(new AudioTranscription(text), metadata);
                    })
                .filter(
                    response ->
                        !response.getResult().getOutput().isEmpty()
                            || !response.getMetadata().isEmpty()));
  }

  private TranscriptionRequest request(AudioTranscriptionPrompt prompt) {
    Resource audio = prompt.getInstructions();
    if (audio == null) {
      throw new IllegalArgumentException(
          "The transcription prompt holds no audio: pass a Resource, such as new"
              + " AudioTranscriptionPrompt(new FileSystemResource(\"call.mp3\"))");
    }
    MistralTranscriptionOptions options = options(prompt.getOptions()).orElse(defaultOptions);
    String filename = audio.getFilename();
    if (filename == null || filename.isBlank()) {
      filename = options.getFilename() != null ? options.getFilename() : DEFAULT_FILENAME;
    }
    TranscriptionRequest.Builder request =
        TranscriptionRequest.builder()
            .model(options.getModel())
            .file(audio, filename)
            .language(options.getLanguage())
            .temperature(options.getTemperature())
            .diarize(options.getDiarize());
    if (options.getContextBias() != null) {
      request.contextBias(options.getContextBias());
    }
    return request.build();
  }

  // Spring AI's own options carry a model only; ours carry the rest too.
  private static MistralTranscriptionOptions options(AudioTranscriptionOptions options) {
    if (options == null) {
      return MistralTranscriptionOptions.builder().build();
    }
    if (options instanceof MistralTranscriptionOptions mistral) {
      return mistral;
    }
    return MistralTranscriptionOptions.builder().model(options.getModel()).build();
  }

  private static void put(AudioTranscriptionResponseMetadata metadata, String key, Object value) {
    if (value != null) {
      metadata.put(key, value);
    }
  }

  private static void putUsage(AudioTranscriptionResponseMetadata metadata, UsageInfo usage) {
    if (usage != null) {
      metadata.put(USAGE, usage);
      put(metadata, AUDIO_SECONDS, usage.audioSeconds());
    }
  }
}
