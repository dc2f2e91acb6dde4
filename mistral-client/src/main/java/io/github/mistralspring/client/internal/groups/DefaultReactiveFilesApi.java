package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileSignedUrl;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;

/** The reactive files group. */
public final class DefaultReactiveFilesApi extends CallsGroup<ReactiveFilesApi>
    implements ReactiveFilesApi {

  private static final TypeReference<Page<StoredFile>> PAGE = new TypeReference<>() {};

  /** The group on a client's calls. */
  public DefaultReactiveFilesApi(Calls calls) {
    super(calls, DefaultReactiveFilesApi::new);
  }

  @Override
  public Mono<StoredFile> upload(FileUploadRequest upload) {
    Objects.requireNonNull(upload, "upload");
    return Mono.defer(
        () -> {
          MultipartBodyBuilder parts = new MultipartBodyBuilder();
          if (upload.purpose() != null) {
            parts.part("purpose", upload.purpose().value());
          }
          if (upload.expiry() != null) {
            parts.part("expiry", upload.expiry().toString());
          }
          if (upload.visibility() != null) {
            parts.part("visibility", upload.visibility().value());
          }
          MistralRequest request = MistralRequest.of(UPLOAD);
          Resource content = upload.content();
          // A stream can be sent only once: the request says so, and when it was read.
          if (content.isOpen()) {
            SendOnceResource once = new SendOnceResource(content);
            request.bodySentOnce(once::read);
            content = once;
          }
          parts.part("file", content).filename(upload.filename());
          return calls.exchange(request.multipart(parts.build()), StoredFile.class);
        });
  }

  @Override
  public Mono<StoredFile> upload(Path file, FilePurpose purpose) {
    return upload(FileUploadRequest.of(file, purpose));
  }

  @Override
  public Mono<Page<StoredFile>> list() {
    return list(FileListQuery.ALL);
  }

  @Override
  public Mono<Page<StoredFile>> list(FileListQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.exchange(MistralRequest.of(LIST).query(query.queryParameters()), PAGE);
  }

  @Override
  public Flux<StoredFile> listAll(FileListQuery query) {
    return Pages.flux(query, StoredFile::id, this::list);
  }

  @Override
  public Mono<StoredFile> retrieve(String fileId) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(Ids.require(fileId, "fileId")), StoredFile.class);
  }

  @Override
  public Mono<Deletion> delete(String fileId) {
    return calls.exchange(
        MistralRequest.of(DELETE).pathVariables(Ids.require(fileId, "fileId")), Deletion.class);
  }

  @Override
  public Flux<DataBuffer> download(String fileId) {
    MistralRequest request =
        MistralRequest.of(DOWNLOAD).pathVariables(Ids.require(fileId, "fileId"));
    return Flux.defer(() -> calls.download(request));
  }

  @Override
  public Mono<Void> downloadTo(String fileId, Path target) {
    Objects.requireNonNull(target, "target");
    Flux<DataBuffer> content = download(fileId);
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

  @Override
  public Mono<FileSignedUrl> signedUrl(String fileId) {
    return signedUrl(fileId, null);
  }

  @Override
  public Mono<FileSignedUrl> signedUrl(String fileId, Integer expiryHours) {
    return calls.exchange(
        MistralRequest.of(SIGNED_URL)
            .pathVariables(Ids.require(fileId, "fileId"))
            .query("expiry", expiryHours),
        FileSignedUrl.class);
  }

  private static <T> Mono<T> onFileSystem(Callable<T> call) {
    return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
  }

  private static Mono<Void> runOnFileSystem(Runnable call) {
    return Mono.<Void>fromRunnable(call).subscribeOn(Schedulers.boundedElastic());
  }
}
