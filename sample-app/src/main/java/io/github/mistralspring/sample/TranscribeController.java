package io.github.mistralspring.sample;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Transcribes an uploaded recording with Voxtral, with the sentences and when each is said. The
 * model is the client's default transcription model ({@code mistral.transcription.model}).
 */
@RestController
class TranscribeController {

  /** The name an upload without one is sent under; the API reads the format from the audio. */
  static final String UNNAMED = "recording.wav";

  private final MistralClient mistral;

  TranscribeController(MistralClient mistral) {
    this.mistral = mistral;
  }

  /**
   * Transcribes the audio of the {@code file} part (WAV, MP3, FLAC, Ogg, M4A…), streamed to the API
   * as it is read; {@code language} (a two-letter code such as {@code fr}) is optional, the model
   * detects it otherwise.
   */
  @PostMapping(path = "/api/transcribe", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Transcript transcribe(
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "language", required = false) String language)
      throws IOException {
    if (file == null || file.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Send the recording as the multipart part \"file\"");
    }
    String filename = file.getOriginalFilename();
    TranscriptionRequest.Builder request =
        TranscriptionRequest.builder()
            .file(
                file.getInputStream(), filename == null || filename.isBlank() ? UNNAMED : filename)
            .timestampGranularities(TimestampGranularity.SEGMENT);
    if (language != null && !language.isBlank()) {
      request.language(language.strip());
    }
    TranscriptionResponse response = mistral.audio().transcriptions().create(request.build());
    List<Segment> segments =
        response.segments().stream()
            .map(segment -> new Segment(segment.start(), segment.end(), segment.text()))
            .toList();
    return new Transcript(
        response.model(),
        response.text(),
        response.language(),
        response.usage() == null ? null : response.usage().audioSeconds(),
        segments);
  }

  /**
   * The answer of {@code POST /api/transcribe}.
   *
   * @param model the model that transcribed the audio
   * @param text the whole transcript
   * @param language the language of the audio, when known
   * @param audioSeconds the seconds of audio transcribed, when the API reports them
   * @param segments the sentences, with when each starts and ends, in seconds
   */
  record Transcript(
      String model, String text, String language, Double audioSeconds, List<Segment> segments) {}

  /**
   * A part of the transcript and when it is said.
   *
   * @param start when it starts, in seconds from the beginning
   * @param end when it ends
   * @param text what is said
   */
  record Segment(Double start, Double end, String text) {}
}
