package io.github.mistralspring.client.files;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.DataBufferInputStream;
import io.github.mistralspring.client.internal.Pages;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Files: upload, list, describe, delete and download them, blocking. */
public final class FilesApi {

  /** How many buffers the download stream asks for ahead of the reader. */
  private static final int DOWNLOAD_DEMAND = 16;

  private final ReactiveFilesApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public FilesApi(ReactiveFilesApi reactive) {
    this.reactive = reactive;
  }

  /** Uploads a file, streaming its content, and returns the stored file. */
  public FileSchema upload(FileUpload upload) {
    return Blocking.await(reactive.upload(upload));
  }

  /** Uploads the file at a path under its own name. */
  public FileSchema upload(Path file, FilePurpose purpose) {
    return Blocking.await(reactive.upload(file, purpose));
  }

  /** Lists the first page of files. */
  public ListFilesOut list() {
    return Blocking.await(reactive.list());
  }

  /** Lists one page of files, filtered by the query. */
  public ListFilesOut list(FileListQuery query) {
    return Blocking.await(reactive.list(query));
  }

  /**
   * Returns every file that matches the query, from the query's page (or the first) on; each page
   * is fetched only when the stream reaches it.
   */
  public Stream<FileSchema> listAll(FileListQuery query) {
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        FileSchema::id,
        page -> {
          ListFilesOut out = Blocking.await(reactive.list(query.withPage(page)));
          return new Pages.Page<>(out.data(), out.total());
        });
  }

  /** Describes one file. */
  public FileSchema retrieve(String fileId) {
    return Blocking.await(reactive.retrieve(fileId));
  }

  /** Deletes a file. */
  public DeleteFileOut delete(String fileId) {
    return Blocking.await(reactive.delete(fileId));
  }

  /**
   * Opens a file's content as a stream that reads it as it arrives. Close the stream (use
   * try-with-resources): closing it early closes the connection.
   *
   * <p>A read returns the bytes that have arrived as soon as there are any; {@code -1} means that
   * the whole file arrived. A failed download throws the client's exception for it (such as {@code
   * MistralNotFoundException}). Closing the stream from another thread wakes a read blocked in it,
   * which throws an {@link java.io.IOException}, as every read after a close does: a closed
   * download never looks complete. Interrupting a blocked reader closes the download and throws an
   * {@link java.io.InterruptedIOException}, keeping the thread's interrupt flag.
   */
  public InputStream download(String fileId) {
    return DataBufferInputStream.of(reactive.download(fileId), DOWNLOAD_DEMAND);
  }

  /**
   * Writes a file's content to {@code target}, created or replaced, and returns the target. The
   * content goes to a temporary file beside the target, moved into place only once all of it
   * arrived: when the download fails, the target is left as it was and the temporary file deleted.
   */
  public Path downloadTo(String fileId, Path target) {
    Blocking.await(reactive.downloadTo(fileId, target));
    return target;
  }

  /** Gets a URL for downloading a file without the key, valid for 24 hours. */
  public FileSignedUrl signedUrl(String fileId) {
    return Blocking.await(reactive.signedUrl(fileId));
  }

  /** Gets a URL for downloading a file without the key, valid for the given hours. */
  public FileSignedUrl signedUrl(String fileId, Integer expiryHours) {
    return Blocking.await(reactive.signedUrl(fileId, expiryHours));
  }
}
