package io.github.mistralspring.client.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.core.io.buffer.DataBufferUtils;

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
    return reactive.upload(upload).block();
  }

  /** Uploads the file at a path under its own name. */
  public FileSchema upload(Path file, FilePurpose purpose) {
    return reactive.upload(file, purpose).block();
  }

  /** Lists the first page of files. */
  public ListFilesOut list() {
    return reactive.list().block();
  }

  /** Lists one page of files, filtered by the query. */
  public ListFilesOut list(FileListQuery query) {
    return reactive.list(query).block();
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
        page -> {
          ListFilesOut out = reactive.list(query.withPage(page)).block();
          return new Pages.Page<>(out.data(), out.total());
        });
  }

  /** Describes one file. */
  public FileSchema retrieve(String fileId) {
    return reactive.retrieve(fileId).block();
  }

  /** Deletes a file. */
  public DeleteFileOut delete(String fileId) {
    return reactive.delete(fileId).block();
  }

  /**
   * Opens a file's content as a stream that reads it as it arrives. Close the stream (use
   * try-with-resources): closing it early closes the connection.
   */
  public InputStream download(String fileId) {
    return DataBufferUtils.subscriberInputStream(reactive.download(fileId), DOWNLOAD_DEMAND);
  }

  /** Writes a file's content to {@code target}, created or replaced, and returns the target. */
  public Path downloadTo(String fileId, Path target) {
    reactive.downloadTo(fileId, target).block();
    return target;
  }

  /** Gets a URL for downloading a file without the key, valid for 24 hours. */
  public FileSignedUrl signedUrl(String fileId) {
    return reactive.signedUrl(fileId).block();
  }

  /** Gets a URL for downloading a file without the key, valid for the given hours. */
  public FileSignedUrl signedUrl(String fileId, Integer expiryHours) {
    return reactive.signedUrl(fileId, expiryHours).block();
  }
}
