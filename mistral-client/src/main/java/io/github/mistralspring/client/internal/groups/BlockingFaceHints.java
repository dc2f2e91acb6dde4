package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.agents.AgentsApi;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.audio.AudioApi;
import io.github.mistralspring.client.audio.ReactiveAudioApi;
import io.github.mistralspring.client.batch.BatchApi;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.beta.BetaApi;
import io.github.mistralspring.client.beta.ReactiveBetaApi;
import io.github.mistralspring.client.catalog.ModelsApi;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.chat.ChatApi;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.classifiers.ClassifiersApi;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.embeddings.EmbeddingsApi;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.files.FilesApi;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.fim.FimApi;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.finetuning.FineTuningApi;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.ocr.OcrApi;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Lets a native image make the blocking faces: a JDK proxy for every face the blocking client
 * reaches, and the reflective calls its routes make (the reactive groups' methods, the faces'
 * default methods, {@link BlockingOnly}). Spring's AOT processing finds it through {@code
 * META-INF/spring/aot.factories}.
 */
public final class BlockingFaceHints implements RuntimeHintsRegistrar {

  /** The groups the blocking client makes at its root: each face with its reactive type. */
  // Lists the deprecated fine-tuning group for as long as the client offers it.
  @SuppressWarnings("deprecation")
  static final List<List<Class<?>>> ROOTS =
      List.of(
          List.of(ChatApi.class, ReactiveChatApi.class),
          List.of(FilesApi.class, ReactiveFilesApi.class),
          List.of(FineTuningApi.class, ReactiveFineTuningApi.class),
          List.of(BatchApi.class, ReactiveBatchApi.class),
          List.of(BetaApi.class, ReactiveBetaApi.class),
          List.of(AgentsApi.class, ReactiveAgentsApi.class),
          List.of(FimApi.class, ReactiveFimApi.class),
          List.of(EmbeddingsApi.class, ReactiveEmbeddingsApi.class),
          List.of(ClassifiersApi.class, ReactiveClassifiersApi.class),
          List.of(OcrApi.class, ReactiveOcrApi.class),
          List.of(AudioApi.class, ReactiveAudioApi.class),
          List.of(ModelsApi.class, ReactiveModelsApi.class));

  /** Created by Spring's AOT processing. */
  public BlockingFaceHints() {}

  @Override
  public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
    BlockingFaces.Reachable reachable = BlockingFaces.reachable(ROOTS);
    for (Class<?> face : reachable.faces()) {
      hints.proxies().registerJdkProxy(face);
      hints.reflection().registerType(face, MemberCategory.INVOKE_PUBLIC_METHODS);
    }
    for (Class<?> type : reachable.invoked()) {
      hints.reflection().registerType(type, MemberCategory.INVOKE_PUBLIC_METHODS);
    }
  }
}
