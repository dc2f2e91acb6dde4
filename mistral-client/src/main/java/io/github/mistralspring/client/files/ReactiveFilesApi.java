package io.github.mistralspring.client.files;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.internal.Pages;
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

/**
 * Files: upload, list, describe, delete and download them, as {@link Mono} and {@link Flux}.
 * Uploads and downloads are streamed: no file is held in memory whole.
 */
public final class ReactiveFilesApi {

  /** Uploads a file; changes state, so never retried once sent. */
  public static final MistralOperation UPLOAD =
      MistralOperation.statefulPost("files.upload", "/v1/files");

  /** Lists files. */
  public static final MistralOperation LIST = MistralOperation.get("files.list", "/v1/files");

  /** Describes one file. */
  public static final MistralOperation RETRIEVE =
      MistralOperation.get("files.retrieve", "/v1/files/{file_id}");

  /** Deletes a file. */
  public static final MistralOperation DELETE =
      MistralOperation.delete("files.delete", "/v1/files/{file_id}");

  /** Downloads a file's content. */
  public static final MistralOperation DOWNLOAD =
      MistralOperation.get("files.download", "/v1/files/{file_id}/content");

  /** Gets a signed URL for a file. */
  public static final MistralOperation SIGNED_URL =
      MistralOperation.get("files.url", "/v1/files/{file_id}/url");

  private final MistralTransport transport;

  /** Creates the API group on a transport; clients create it, users get it from {@code files()}. */
  public ReactiveFilesApi(MistralTransport transport) {
    this.transport = transport;
  }

  /**
   * Uploads a file as {@code multipart/form-data}, streaming its content, and emits the stored
   * file. The {@code file} part carries the upload's file name.
   *
   * <p>Content that can be read only once ({@link Resource#isOpen()}, such as an {@code
   * InputStream}) is never sent twice: once anything of the request was sent, a failure, a 429
   * included, is passed on as it is (with its {@code Retry-After}), not retried. Content that can
   * be read again (a path, bytes, most resources) is retried as any upload is.
   */
  public Mono<FileSchema> upload(FileUpload upload) {
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
          return transport.exchange(request.multipart(parts.build()), FileSchema.class);
        });
  }

  /** Uploads the file at a path under its own name. */
  public Mono<FileSchema> upload(Path file, FilePurpose purpose) {
    return upload(FileUpload.of(file, purpose));
  }

  /** Lists the first page of files, up to the API's default page size. */
  public Mono<ListFilesOut> list() {
    return list(FileListQuery.ALL);
  }

  /** Lists one page of files, filtered by the query. */
  public Mono<ListFilesOut> list(FileListQuery query) {
    Objects.requireNonNull(query, "query");
    return transport.exchange(
        MistralRequest.of(LIST)
            .query("page", query.page())
            .query("page_size", query.pageSize())
            .query("include_total", query.includeTotal())
            .query("sample_type", query.sampleTypes())
            .query("source", query.sources())
            .query("search", query.search())
            .query("purpose", query.purpose())
            .query("mimetypes", query.mimetypes()),
        ListFilesOut.class);
  }

  /**
   * Emits every file that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   */
  public Flux<FileSchema> listAll(FileListQuery query) {
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.flux(
        first,
        query.pageSize(),
        FileSchema::id,
        page -> list(query.withPage(page)).map(out -> new Pages.Page<>(out.data(), out.total())));
  }

  /** Describes one file. */
  public Mono<FileSchema> retrieve(String fileId) {
    return transport.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(requireId(fileId)), FileSchema.class);
  }

  /** Deletes a file. */
  public Mono<DeleteFileOut> delete(String fileId) {
    return transport.exchange(
        MistralRequest.of(DELETE).pathVariables(requireId(fileId)), DeleteFileOut.class);
  }

  /**
   * Streams a file's content as it arrives. The subscriber must release each buffer ({@link
   * DataBufferUtils#release}); cancelling closes the connection.
   */
  public Flux<DataBuffer> download(String fileId) {
    return Flux.defer(
        () -> transport.download(MistralRequest.of(DOWNLOAD).pathVariables(requireId(fileId))));
  }

  /**
   * Streams a file's content into a file at {@code target}, created or replaced, and completes when
   * all of it is written; buffers are released as they are written.
   *
   * <p>The content is written to a temporary file in the target's directory (named after the
   * target, starting with a dot and ending in {@code .part}) and moved into place only when the
   * whole body arrived: atomically where the file system allows, else by replacing the target. When
   * the download fails or is cancelled, the target is left as it was and the temporary file is
   * deleted, so a failed download never destroys a file or leaves a partial one that looks whole.
   */
  public Mono<Void> downloadTo(String fileId, Path target) {
    Objects.requireNonNull(target, "target");
    // File system calls off the event loop; the writing itself is asynchronous.
    return Mono.usingWhen(
        onFileSystem(() -> TemporaryDownload.besides(target)),
        temporary ->
            DataBufferUtils.write(download(fileId), temporary.path())
                .then(runOnFileSystem(temporary::moveTo)),
        temporary -> runOnFileSystem(temporary::delete),
        (temporary, failure) -> runOnFileSystem(temporary::delete),
        temporary -> runOnFileSystem(temporary::delete));
  }

  /** Gets a URL for downloading a file without the key, valid for the API's default 24 hours. */
  public Mono<FileSignedUrl> signedUrl(String fileId) {
    return signedUrl(fileId, null);
  }

  /**
   * Gets a URL for downloading a file without the key.
   *
   * @param fileId the file's id
   * @param expiryHours how many hours the URL stays valid, or null for the API's default (24)
   */
  public Mono<FileSignedUrl> signedUrl(String fileId, Integer expiryHours) {
    return transport.exchange(
        MistralRequest.of(SIGNED_URL).pathVariables(requireId(fileId)).query("expiry", expiryHours),
        FileSignedUrl.class);
  }

  private static <T> Mono<T> onFileSystem(Callable<T> call) {
    return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
  }

  private static Mono<Void> runOnFileSystem(Runnable call) {
    return Mono.<Void>fromRunnable(call).subscribeOn(Schedulers.boundedElastic());
  }

  static String requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("fileId is required");
    }
    return id;
  }
}
