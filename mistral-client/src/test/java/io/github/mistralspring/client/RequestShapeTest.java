package io.github.mistralspring.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.batch.BatchJobRequest;
import io.github.mistralspring.client.batch.BatchRequest;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.beta.libraries.DocumentUpdateRequest;
import io.github.mistralspring.client.beta.libraries.LibraryAccessRequest;
import io.github.mistralspring.client.beta.libraries.LibraryRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUnshareRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUpdateRequest;
import io.github.mistralspring.client.catalog.FineTunedModelUpdateRequest;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.InstructRequest;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.model.UserMessage;
import io.github.mistralspring.client.ocr.OcrPages;
import io.github.mistralspring.client.ocr.OcrRequest;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * The shape every request and list query shares: a sealed interface over a package-private record,
 * so that it can grow without breaking callers, with a {@code toBuilder()} that carries every
 * field.
 */
class RequestShapeTest {

  /** Every request type whose value is a record; the instance is filled field by field. */
  static Stream<Class<?>> requests() {
    return Stream.of(
        AgentsCompletionRequest.class,
        SpeechRequest.class,
        TranscriptionRequest.class,
        VoiceCreateRequest.class,
        VoiceUpdateRequest.class,
        BatchJobListQuery.class,
        BatchJobRequest.class,
        BatchRequest.class,
        AgentRequest.class,
        AgentUpdateRequest.class,
        ConversationAppendRequest.class,
        ConversationRequest.class,
        ConversationRestartRequest.class,
        DocumentListQuery.class,
        DocumentUpdateRequest.class,
        LibraryAccessRequest.class,
        LibraryRequest.class,
        LibraryUnshareRequest.class,
        LibraryUpdateRequest.class,
        FineTunedModelUpdateRequest.class,
        ChatCompletionRequest.class,
        ChatClassificationRequest.class,
        ChatModerationRequest.class,
        ClassificationRequest.class,
        InstructRequest.class,
        EmbeddingRequest.class,
        FileListQuery.class,
        FileUploadRequest.class,
        FimCompletionRequest.class,
        FineTuningJobListQuery.class,
        FineTuningJobRequest.class,
        OcrRequest.class);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void aRequestHasNoPublicConstructorAndIsBuiltThroughItsBuilder(Class<?> type) throws Exception {
    assertThat(type.isInterface()).as("%s is an interface", type.getSimpleName()).isTrue();
    assertThat(type.isSealed()).isTrue();
    for (Class<?> value : type.getPermittedSubclasses()) {
      assertThat(Modifier.isPublic(value.getModifiers()))
          .as("%s is not public", value.getName())
          .isFalse();
    }
    assertThat(Modifier.isStatic(type.getMethod("builder").getModifiers())).isTrue();
    assertThat(type.getMethod("toBuilder").getReturnType())
        .isEqualTo(type.getMethod("builder").getReturnType());
  }

  @ParameterizedTest
  @MethodSource("requests")
  void toBuilderCarriesEveryFieldOfAFullyPopulatedRequest(Class<?> type) throws Exception {
    Object request = populated(type);

    Object copy = built(type.getMethod("toBuilder").invoke(request));

    assertThat(copy).isEqualTo(request).hasSameHashCodeAs(request);
  }

  @ParameterizedTest
  @MethodSource("requests")
  void aRequestReadFromItsJsonEqualsTheOneWritten(Class<?> type) throws Exception {
    if (type == FileUploadRequest.class
        || type == TranscriptionRequest.class
        || type == VoiceCreateRequest.class
        || type == ChatModerationRequest.class
        || type == ChatClassificationRequest.class
        || type == FineTuningJobRequest.class) {
      // An upload and a transcription are sent as multipart forms, a voice creation as a body
      // with its sample read and encoded; the other three hold inputs (a conversation or its
      // list, the hyperparameters of one job type) that the client writes and never reads.
      return;
    }
    Object request = populated(type);

    byte[] json = MistralJson.mapper().writeValueAsBytes(request);
    Object read = MistralJson.mapper().readValue(json, type);

    assertThat(MistralJson.mapper().writeValueAsString(read)).isEqualTo(new String(json, "UTF-8"));
  }

  /**
   * Every top-level {@code …Request} and {@code …Query} type of the client's compiled classes,
   * outside {@code internal}, is in {@link #requests()}: a request added in any group is checked.
   */
  @Test
  void theListCoversEveryRequestOfTheClient() throws Exception {
    Set<String> listed = requests().map(Class::getName).collect(Collectors.toSet());
    Path root =
        Path.of(
            ChatCompletionRequest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    Path client = root.resolve("io/github/mistralspring/client");
    Set<String> found;
    try (Stream<Path> files = Files.walk(client)) {
      found =
          files
              .map(
                  file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
              .filter(name -> name.matches(".*/[A-Za-z]+(Request|Query)\\.class"))
              .filter(name -> !name.startsWith("io/github/mistralspring/client/internal/"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
              .collect(Collectors.toSet());
    }

    assertThat(found).hasSizeGreaterThan(30);
    assertThat(listed).isEqualTo(found);
  }

  private static Object built(Object builder) throws Exception {
    Method build = builder.getClass().getMethod("build");
    return build.invoke(builder);
  }

  /** The request with every component set to a value that is not the default. */
  private static Object populated(Class<?> type) throws Exception {
    Class<?> value = type.getPermittedSubclasses()[0];
    return instance(value, 0);
  }

  private static Object instance(Class<?> record, int depth) throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = sample(components[i].getName(), components[i].getGenericType(), depth);
    }
    Constructor<?> canonical = record.getDeclaredConstructor(types);
    canonical.setAccessible(true);
    return canonical.newInstance(args);
  }

  private static Object sample(String name, Type type, int depth) throws Exception {
    if (type instanceof WildcardType wildcard) {
      return sample(name, wildcard.getUpperBounds()[0], depth);
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        return List.of(sample(name, arguments[0], depth + 1));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Map.of(
            name.equals("extraBody") ? "x_extra" : "key", sample(name, arguments[1], depth));
      }
      return sample(name, raw, depth);
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return name.equals("orderBy") ? "created" : name + "-value";
    }
    if (raw == Integer.class || raw == int.class) {
      return 3;
    }
    if (raw == Long.class || raw == long.class) {
      return 42L;
    }
    if (raw == Double.class || raw == double.class) {
      return 0.5;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return true;
    }
    if (raw == Object.class) {
      return name.equals("body") ? Map.of("model", "m") : "object-value";
    }
    if (raw == OffsetDateTime.class) {
      return OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    }
    if (raw == Resource.class) {
      return new ByteArrayResource(new byte[] {1, 2}) {
        @Override
        public String getFilename() {
          return "data.jsonl";
        }
      };
    }
    if (raw == OcrPages.class) {
      return OcrPages.of(1, 2);
    }
    if (raw == ChatMessage.class) {
      return UserMessage.of("Hello");
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    for (String factory : new String[] {"of", "from"}) {
      try {
        Method of = raw.getMethod(factory, String.class);
        if (Modifier.isStatic(of.getModifiers()) && raw.isAssignableFrom(of.getReturnType())) {
          return of.invoke(null, name + "-value");
        }
      } catch (NoSuchMethodException e) {
        // try the next way of making one
      }
    }
    if (raw.isRecord() && depth < 4) {
      return instance(raw, depth + 1);
    }
    if (raw.isSealed()) {
      for (Class<?> permitted : raw.getPermittedSubclasses()) {
        if (permitted.isRecord()) {
          return instance(permitted, depth + 1);
        }
      }
    }
    throw new IllegalStateException("No sample for " + raw.getName() + " (" + name + ")");
  }
}
