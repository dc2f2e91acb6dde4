package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Transcriptions and speech. A transcript is made up from the audio's bytes, so the same audio
 * always reads the same, and its length follows the audio's (read from a WAV's or FLAC's header,
 * else estimated from its size); a scripted {@link MockResponse#answer(String)} replaces it. Speech
 * is a small valid file of the format asked for, as long as the text takes to say.
 */
final class Audio {

  private static final Set<String> FORMATS = Set.of("pcm", "wav", "mp3", "flac", "opus");

  // A speaker says about two and a half words a second.
  private static final double WORDS_PER_SECOND = 2.5;
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 600;
  // Voxtral reads about this many audio tokens a second.
  private static final double AUDIO_TOKENS_PER_SECOND = 12.5;
  // Speech streams send the audio in pieces of this size.
  private static final int SPEECH_PIECE = 4096;

  private static final String[] DETERMINERS = {"The", "A", "Our", "This", "Every", "That"};
  private static final String[] ADJECTIVES = {
    "quiet", "early", "new", "careful", "busy", "small", "bright", "late", "local", "second"
  };
  private static final String[] NOUNS = {
    "team",
    "forecast",
    "meeting",
    "report",
    "train",
    "garden",
    "client",
    "market",
    "budget",
    "harbour",
    "project",
    "kitchen",
    "library",
    "engineer",
    "council",
    "river"
  };
  private static final String[] VERBS = {
    "reviews",
    "expects",
    "follows",
    "changes",
    "shares",
    "checks",
    "delays",
    "welcomes",
    "plans",
    "answers"
  };
  private static final String[] ENDINGS = {
    "before noon",
    "this week",
    "after the call",
    "in the morning",
    "next month",
    "for now",
    "on Friday",
    "again"
  };

  private final FilesStore files;
  private final ModelCatalog models;

  Audio(FilesStore files, ModelCatalog models) {
    this.files = files;
    this.models = models;
  }

  // ---- transcriptions

  Reply transcribe(ApiCall call) {
    String contentType = call.request.header("content-type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return ApiErrors.unprocessable("missing", List.of("body", "model"), "Field required", null);
    }
    List<Multipart.Part> parts = Multipart.parse(contentType, call.request.rawBody());
    String model = field(parts, "model");
    if (model == null) {
      return ApiErrors.unprocessable("missing", List.of("body", "model"), "Field required", null);
    }
    Reply refused = requireTranscriptionModel(model);
    if (refused != null) {
      return refused;
    }
    Multipart.Part file = part(parts, "file");
    String fileUrl = field(parts, "file_url");
    String fileId = field(parts, "file_id");
    int sources = (file != null ? 1 : 0) + (fileUrl != null ? 1 : 0) + (fileId != null ? 1 : 0);
    if (sources != 1) {
      return ApiErrors.badRequest(
          sources == 0
              ? "No audio to transcribe: send one of file, file_url or file_id"
              : "Send only one of file, file_url or file_id");
    }
    byte[] audio;
    if (file != null) {
      audio = file.content();
    } else if (fileId != null) {
      FilesStore.StoredFile stored = files.get(fileId);
      if (stored == null) {
        return ApiErrors.notFound("File " + fileId + " not found");
      }
      audio = stored.content();
    } else {
      // The simulator fetches nothing: the URL itself stands for the audio.
      audio = fileUrl.getBytes(StandardCharsets.UTF_8);
    }
    String language = field(parts, "language");
    if (language != null && !language.matches("\\w{2}")) {
      return ApiErrors.unprocessable(
          "string_pattern_mismatch",
          List.of("body", "language"),
          "String should match pattern '^\\w{2}$'",
          Json.parse("\"" + language.replace("\"", "") + "\""));
    }
    boolean diarize = "true".equalsIgnoreCase(field(parts, "diarize"));
    boolean segmented =
        diarize
            || parts.stream()
                .anyMatch(
                    p ->
                        p.name().equals("timestamp_granularities")
                            && text(p).trim().equals("segment"));
    Transcript transcript =
        transcript(
            audio, call.script == null ? null : call.script.text(), AudioClips.seconds(audio));
    String answeringModel = Json.text(models.find(model), "name", model);
    ObjectNode response =
        response(
            answeringModel, transcript, language == null ? "en" : language, segmented, diarize);
    if ("true".equalsIgnoreCase(field(parts, "stream"))) {
      return Reply.events(transcriptionEvents(response, transcript));
    }
    return Reply.ok(response);
  }

  /** Null when the model transcribes; else the 400 the API sends for it. */
  private Reply requireTranscriptionModel(String model) {
    ObjectNode card = models.find(model);
    if (card == null) {
      return ApiErrors.invalidModel(model);
    }
    if (!card.path("capabilities").path("audio_transcription").asBoolean(false)) {
      return Reply.json(
          400,
          ApiErrors.error(
              "Model "
                  + model
                  + " does not support transcription: use a transcription model such as"
                  + " voxtral-mini-latest",
              "invalid_model",
              "1500"));
    }
    return null;
  }

  /** A transcript: its sentences, and when each starts and ends. */
  record Transcript(List<String> sentences, List<double[]> times, double seconds) {

    String text() {
      return String.join(" ", sentences);
    }
  }

  /**
   * The transcript of this audio: the scripted text if there is one, else sentences made up from
   * the audio's bytes; the sentences share the audio's length by their number of characters.
   */
  static Transcript transcript(byte[] audio, String scripted, double seconds) {
    List<String> sentences = new ArrayList<>();
    if (scripted != null) {
      for (String sentence : scripted.split("(?<=[.!?])\\s+")) {
        if (!sentence.isBlank()) {
          sentences.add(sentence.strip());
        }
      }
      if (sentences.isEmpty()) {
        sentences.add(scripted);
      }
    } else {
      long seed = fnv(audio);
      int words = (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, seconds * WORDS_PER_SECOND));
      int made = 0;
      for (int sentence = 0; made < words; sentence++) {
        long s = Hashing.mix(seed + sentence);
        String text =
            DETERMINERS[Hashing.pick(s, DETERMINERS.length)]
                + " "
                + ADJECTIVES[Hashing.pick(s + 1, ADJECTIVES.length)]
                + " "
                + NOUNS[Hashing.pick(s + 2, NOUNS.length)]
                + " "
                + VERBS[Hashing.pick(s + 3, VERBS.length)]
                + " the "
                + NOUNS[Hashing.pick(s + 4, NOUNS.length)]
                + " "
                + ENDINGS[Hashing.pick(s + 5, ENDINGS.length)]
                + ".";
        sentences.add(text);
        made += text.split(" ").length;
      }
    }
    int characters = sentences.stream().mapToInt(String::length).sum();
    List<double[]> times = new ArrayList<>();
    int before = 0;
    for (String sentence : sentences) {
      double start = round(seconds * before / characters);
      before += sentence.length();
      times.add(new double[] {start, round(seconds * before / characters)});
    }
    return new Transcript(sentences, times, seconds);
  }

  private static ObjectNode response(
      String model, Transcript transcript, String language, boolean segmented, boolean diarize) {
    ObjectNode response = Json.object();
    response.put("model", model);
    response.put("text", transcript.text());
    response.put("language", language);
    ArrayNode segments = response.putArray("segments");
    if (segmented) {
      for (int i = 0; i < transcript.sentences().size(); i++) {
        ObjectNode segment = segments.addObject();
        segment.put("type", "transcription_segment");
        segment.put("text", (i == 0 ? "" : " ") + transcript.sentences().get(i));
        segment.put("start", transcript.times().get(i)[0]);
        segment.put("end", transcript.times().get(i)[1]);
        segment.put(
            "score", round(0.85 + 0.15 * Hashing.unit(Hashing.fnv(transcript.sentences().get(i)))));
        if (diarize) {
          segment.put("speaker_id", "speaker_" + (1 + i % 2));
        } else {
          segment.putNull("speaker_id");
        }
      }
    }
    int audioSeconds = (int) Math.ceil(transcript.seconds());
    int promptTokens = (int) Math.ceil(transcript.seconds() * AUDIO_TOKENS_PER_SECOND);
    int completionTokens = Completions.estimateTokens(transcript.text());
    ObjectNode usage = response.putObject("usage");
    usage.put("prompt_audio_seconds", audioSeconds);
    usage.put("prompt_tokens", promptTokens);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", promptTokens + completionTokens);
    return response;
  }

  /**
   * The events of a streamed transcription: the language, the text word by word, a segment after
   * each sentence when segments were asked for, and the whole transcription last.
   */
  private static List<String> transcriptionEvents(ObjectNode response, Transcript transcript) {
    List<String> events = new ArrayList<>();
    ObjectNode language = Json.object();
    language.put("type", "transcription.language");
    language.put("audio_language", Json.text(response, "language"));
    events.add(Reply.event("transcription.language", language));
    JsonNode segments = response.get("segments");
    for (int i = 0; i < transcript.sentences().size(); i++) {
      String sentence = (i == 0 ? "" : " ") + transcript.sentences().get(i);
      for (String piece : Completions.tokens(sentence)) {
        ObjectNode delta = Json.object();
        delta.put("type", "transcription.text.delta");
        delta.put("text", piece);
        events.add(Reply.event("transcription.text.delta", delta));
      }
      if (segments.size() > i) {
        JsonNode whole = segments.get(i);
        ObjectNode segment = Json.object();
        segment.put("type", "transcription.segment");
        segment.set("text", whole.get("text"));
        segment.set("start", whole.get("start"));
        segment.set("end", whole.get("end"));
        segment.set("speaker_id", whole.get("speaker_id"));
        events.add(Reply.event("transcription.segment", segment));
      }
    }
    ObjectNode done = response.deepCopy();
    done.put("type", "transcription.done");
    events.add(Reply.event("transcription.done", done));
    return events;
  }

  // ---- speech

  Reply speak(ApiCall call) {
    Reply invalid = call.require("input");
    if (invalid != null) {
      return invalid;
    }
    JsonNode body = call.body();
    String model = Json.text(body, "model");
    if (model != null) {
      ObjectNode card = models.find(model);
      if (card == null) {
        return ApiErrors.invalidModel(model);
      }
      // The spec's capabilities have no flag for speech: speech models have tts in their id.
      if (!Json.text(card, "id", "").contains("tts")) {
        return Reply.json(
            400,
            ApiErrors.error(
                "Model "
                    + model
                    + " does not generate speech: use a speech model such as"
                    + " voxtral-mini-tts-2603",
                "invalid_model",
                "1500"));
      }
    }
    String format = Json.text(body, "response_format", "mp3");
    if (!FORMATS.contains(format)) {
      return ApiErrors.unprocessable(
          "enum",
          List.of("body", "response_format"),
          "Input should be 'pcm', 'wav', 'mp3', 'flac' or 'opus'",
          body.get("response_format"));
    }
    String voiceId = Json.text(body, "voice_id");
    String refAudio = Json.text(body, "ref_audio");
    long voiceSeed;
    if (voiceId != null) {
      voiceSeed = Hashing.fnv(voiceId);
    } else if (refAudio != null) {
      try {
        voiceSeed = fnv(Base64.getMimeDecoder().decode(refAudio));
      } catch (IllegalArgumentException notBase64) {
        return ApiErrors.unprocessable(
            "value_error", List.of("body", "ref_audio"), "ref_audio is not valid base64", null);
      }
    } else {
      voiceSeed = 0;
    }
    String input = Json.text(body, "input", "");
    int millis = AudioClips.millisFor(input);
    byte[] clip = AudioClips.clip(format, millis, voiceSeed);
    Base64.Encoder base64 = Base64.getEncoder();
    if (!Json.bool(body, "stream", false)) {
      ObjectNode response = Json.object();
      response.put("audio_data", base64.encodeToString(clip));
      return Reply.ok(response);
    }
    List<String> events = new ArrayList<>();
    for (int start = 0; start < clip.length; start += SPEECH_PIECE) {
      ObjectNode delta = Json.object();
      delta.put("type", "speech.audio.delta");
      int end = Math.min(clip.length, start + SPEECH_PIECE);
      delta.put("audio_data", base64.encodeToString(Arrays.copyOfRange(clip, start, end)));
      events.add(Reply.event("speech.audio.delta", delta));
    }
    ObjectNode done = Json.object();
    done.put("type", "speech.audio.done");
    ObjectNode usage = done.putObject("usage");
    int promptTokens = Completions.estimateTokens(input);
    int completionTokens = (int) Math.ceil(millis / 80.0);
    usage.put("prompt_tokens", promptTokens);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", promptTokens + completionTokens);
    events.add(Reply.event("speech.audio.done", done));
    return Reply.events(events);
  }

  // ---- helpers

  private static Multipart.Part part(List<Multipart.Part> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
  }

  private static String field(List<Multipart.Part> parts, String name) {
    Multipart.Part part = part(parts, name);
    return part == null || part.filename() != null ? null : text(part).trim();
  }

  private static String text(Multipart.Part part) {
    return new String(part.content(), StandardCharsets.UTF_8);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** FNV-1a over the bytes themselves (not a text). */
  static long fnv(byte[] bytes) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
