package io.github.mistralspring.client.files;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Files: upload, list, describe, delete and download them, as {@link Mono} and {@link Flux}; get it
 * from {@code ReactiveMistralClient.files()}. Uploads and downloads are streamed: no file is held
 * in memory whole.
 *
 * <p>An error the API answers with is signalled as a {@code MistralApiException} (package {@code
 * error}); a null file id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException} at the call, before anything is sent.
 */
public interface ReactiveFilesApi extends WithOptions<ReactiveFilesApi> {

  /** Uploads a file; changes state, so never retried once sent. */
  MistralOperation UPLOAD = MistralOperation.statefulPost("files.upload", "/v1/files");

  /** Lists files. */
  MistralOperation LIST = MistralOperation.get("files.list", "/v1/files");

  /** Describes one file. */
  MistralOperation RETRIEVE = MistralOperation.get("files.retrieve", "/v1/files/{file_id}");

  /** Deletes a file. */
  MistralOperation DELETE = MistralOperation.delete("files.delete", "/v1/files/{file_id}");

  /** Downloads a file's content. */
  MistralOperation DOWNLOAD = MistralOperation.get("files.download", "/v1/files/{file_id}/content");

  /** Gets a signed URL for a file. */
  MistralOperation SIGNED_URL = MistralOperation.get("files.url", "/v1/files/{file_id}/url");

  /**
   * Uploads a file as {@code multipart/form-data}, streaming its content, and emits the stored
   * file. The {@code file} part carries the upload's file name.
   *
   * <p>Content that can be read only once ({@link org.springframework.core.io.Resource#isOpen()},
   * such as an {@code InputStream}) is never sent twice: once anything of the request was sent, a
   * failure, a 429 included, is passed on as it is (with its {@code Retry-After}), not retried.
   * Content that can be read again (a path, bytes, most resources) is retried as any upload is.
   *
   * @param upload the content, its file name and its purpose
   * @return the stored file; its id is what fine-tuning, batch and OCR requests take
   */
  Mono<StoredFile> upload(FileUploadRequest upload);

  /**
   * Uploads the file at a path under its own name.
   *
   * @param file the file to upload, read as it is sent
   * @param purpose what the file is for, such as {@link FilePurpose#FINE_TUNE}
   * @return the stored file; its id is what fine-tuning, batch and OCR requests take
   */
  Mono<StoredFile> upload(Path file, FilePurpose purpose);

  /**
   * Lists the first page of files, up to the API's default page size.
   *
   * @return the first page of files
   */
  Mono<Page<StoredFile>> list();

  /**
   * Lists one page of files, filtered by the query.
   *
   * @param query the page and the filters ({@link FileListQuery#ALL} for none)
   * @return the page of files that match the query
   */
  Mono<Page<StoredFile>> list(FileListQuery query);

  /**
   * Emits every file that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   *
   * @param query the filters, and the page to start from
   * @return the matching files, page after page
   */
  Flux<StoredFile> listAll(FileListQuery query);

  /**
   * Every item of the list, all filters unset; fetched lazily, page by page.
   *
   * @return every stored file, page after page
   */
  default Flux<StoredFile> listAll() {
    return listAll(FileListQuery.ALL);
  }

  /**
   * Describes one file.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the stored file, with {@link StoredFile#deleted()} set
   */
  Mono<StoredFile> retrieve(String fileId);

  /**
   * Deletes a file.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the id of the deleted file, and whether it was deleted
   */
  Mono<Deletion> delete(String fileId);

  /**
   * Streams a file's content as it arrives. The subscriber must release each buffer ({@link
   * DataBufferUtils#release}); cancelling closes the connection.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the content, buffer after buffer as it arrives
   */
  Flux<DataBuffer> download(String fileId);

  /**
   * Streams a file's content into a file at {@code target}, created or replaced, and completes when
   * all of it is written; buffers are released as they are written.
   *
   * <p>The content is written to a temporary file in the target's directory (named after the
   * target, starting with a dot and ending in {@code .part}) and moved into place only when the
   * whole body arrived: atomically where the file system allows, else by replacing the target. When
   * the download fails or is cancelled, the target is left as it was and the temporary file is
   * deleted, so a failed download never destroys a file or leaves a partial one that looks whole.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @param target the file to write; its directory must exist
   * @return completes once {@code target} holds the whole content
   */
  Mono<Void> downloadTo(String fileId, Path target);

  /**
   * Gets a URL for downloading a file without the key, valid for the API's default 24 hours.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the signed URL; anyone who has it can download the file until it expires
   */
  Mono<FileSignedUrl> signedUrl(String fileId);

  /**
   * Gets a URL for downloading a file without the key.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @param expiryHours how many hours the URL stays valid; null for the API's default (24)
   * @return the signed URL; anyone who has it can download the file until it expires
   */
  Mono<FileSignedUrl> signedUrl(String fileId, @Nullable Integer expiryHours);
}
