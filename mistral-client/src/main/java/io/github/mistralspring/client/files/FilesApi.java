package io.github.mistralspring.client.files;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.paging.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Files: upload, list, describe, delete and download them, blocking; get it from {@code
 * MistralClient.files()}.
 */
public interface FilesApi extends WithOptions<FilesApi> {

  /**
   * Uploads a file, streaming its content, and returns the stored file; content that can be read
   * only once is never sent twice, as {@link ReactiveFilesApi#upload(FileUploadRequest)} says.
   */
  StoredFile upload(FileUploadRequest upload);

  /** Uploads the file at a path under its own name. */
  StoredFile upload(Path file, FilePurpose purpose);

  /** Lists the first page of files. */
  Page<StoredFile> list();

  /** Lists one page of files, filtered by the query. */
  Page<StoredFile> list(FileListQuery query);

  /**
   * Returns every file that matches the query, from the query's page (or the first) on; each page
   * is fetched only when the stream reaches it.
   */
  Stream<StoredFile> listAll(FileListQuery query);

  /** Every item of the list, all filters unset; fetched lazily, page by page. */
  default Stream<StoredFile> listAll() {
    return listAll(FileListQuery.ALL);
  }

  /** Describes one file. */
  StoredFile retrieve(String fileId);

  /** Deletes a file. */
  Deletion delete(String fileId);

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
  InputStream download(String fileId);

  /**
   * Writes a file's content to {@code target}, created or replaced, and returns the target. The
   * content goes to a temporary file beside the target, moved into place only once all of it
   * arrived: when the download fails, the target is left as it was and the temporary file deleted.
   */
  Path downloadTo(String fileId, Path target);

  /** Gets a URL for downloading a file without the key, valid for 24 hours. */
  FileSignedUrl signedUrl(String fileId);

  /** Gets a URL for downloading a file without the key, valid for the given hours. */
  FileSignedUrl signedUrl(String fileId, Integer expiryHours);
}
