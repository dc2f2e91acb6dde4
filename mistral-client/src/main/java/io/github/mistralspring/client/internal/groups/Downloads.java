package io.github.mistralspring.client.internal.groups;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes downloaded content to a file so that the file is either whole or untouched, for every
 * operation that downloads to a path (file content, speech, voice samples).
 */
public final class Downloads {

  private Downloads() {}

  /**
   * Writes {@code content} into a file at {@code target}, created or replaced, and completes when
   * all of it is written; buffers are released as they are written.
   *
   * <p>The content is written to a temporary file in the target's directory (named after the
   * target, starting with a dot and ending in {@code .part}) and moved into place only when the
   * whole content arrived: atomically where the file system allows, else by replacing the target.
   * When the content fails or the write is cancelled, the target is left as it was and the
   * temporary file is deleted, so a failed download never destroys a file or leaves a partial one
   * that looks whole.
   */
  public static Mono<Void> writeTo(Flux<DataBuffer> content, Path target) {
    Objects.requireNonNull(target, "target");
    // File system calls off the event loop; the writing itself is asynchronous.
    return Mono.usingWhen(
        onFileSystem(() -> TemporaryDownload.besides(target)),
        temporary ->
            DataBufferUtils.write(content, temporary.path())
                .then(runOnFileSystem(temporary::moveTo)),
        temporary -> runOnFileSystem(temporary::delete),
        (temporary, failure) -> runOnFileSystem(temporary::delete),
        temporary -> runOnFileSystem(temporary::delete));
  }

  private static <T> Mono<T> onFileSystem(Callable<T> call) {
    return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
  }

  private static Mono<Void> runOnFileSystem(Runnable call) {
    return Mono.<Void>fromRunnable(call).subscribeOn(Schedulers.boundedElastic());
  }
}
