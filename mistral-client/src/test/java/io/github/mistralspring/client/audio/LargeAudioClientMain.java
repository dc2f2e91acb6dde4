package io.github.mistralspring.client.audio;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.speech.SpeechFormat;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.testsupport.PatternContent;
import io.github.mistralspring.client.testsupport.StreamingChecksumServer;
import java.nio.file.Path;

/**
 * The client side of {@link LargeAudioTransferTest}, run in its own JVM with a capped heap:
 * transcribes an audio file from a path, writes streamed speech to a path, and prints what the
 * parent checks.
 */
public final class LargeAudioClientMain {

  private LargeAudioClientMain() {}

  /** Arguments: base URL, audio file to transcribe, path to write the speech to. */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    Path audio = Path.of(args[1]);
    Path speech = Path.of(args[2]);
    try (MistralClient client = StreamingChecksumServer.client(baseUrl)) {
      long start = System.nanoTime();
      String text = client.audio().transcriptions().transcribe(audio);
      long transcribed = System.nanoTime();
      client
          .audio()
          .speech()
          .createTo(
              SpeechRequest.builder()
                  .input("A very long reading.")
                  .responseFormat(SpeechFormat.PCM)
                  .build(),
              speech);
      long spoken = System.nanoTime();
      System.out.println("TRANSCRIPT=" + text);
      System.out.println("UPLOAD_MS=" + (transcribed - start) / 1_000_000);
      System.out.println("SPEECH_MS=" + (spoken - transcribed) / 1_000_000);
      System.out.println("SPEECH_SHA256=" + PatternContent.sha256(speech));
      System.out.println("MAX_HEAP=" + Runtime.getRuntime().maxMemory());
    }
  }
}
