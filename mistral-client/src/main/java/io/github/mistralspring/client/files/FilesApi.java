package io.github.mistralspring.client.files;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.paging.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Files: upload, list, describe, delete and download them, blocking; get it from {@code
 * MistralClient.files()}.
 *
 * <p>An error the API answers with is thrown as a {@code MistralApiException} (package {@code
 * error}); a null file id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException}, before anything is sent.
 */
public interface FilesApi extends WithOptions<FilesApi> {

  /**
   * Uploads a file, streaming its content, and returns the stored file; content that can be read
   * only once is never sent twice, as {@link ReactiveFilesApi#upload(FileUploadRequest)} says.
   *
   * @param upload the content, its file name and its purpose
   * @return the stored file; its id is what fine-tuning, batch and OCR requests take
   */
  StoredFile upload(FileUploadRequest upload);

  /**
   * Uploads the file at a path under its own name.
   *
   * @param file the file to upload, read as it is sent
   * @param purpose what the file is for, such as {@link FilePurpose#FINE_TUNE}
   * @return the stored file; its id is what fine-tuning, batch and OCR requests take
   */
  StoredFile upload(Path file, FilePurpose purpose);

  /**
   * Lists the first page of files.
   *
   * @return the first page of files, with the API's default page size
   */
  Page<StoredFile> list();

  /**
   * Lists one page of files, filtered by the query.
   *
   * @param query the page and the filters ({@link FileListQuery#ALL} for none)
   * @return the page of files that match the query
   */
  Page<StoredFile> list(FileListQuery query);

  /**
   * Returns every file that matches the query, from the query's page (or the first) on; each page
   * is fetched only when the stream reaches it.
   *
   * @param query the filters, and the page to start from
   * @return the matching files, page after page; a failed page fetch throws from the stream
   */
  Stream<StoredFile> listAll(FileListQuery query);

  /**
   * Every item of the list, all filters unset; fetched lazily, page by page.
   *
   * @return every stored file, page after page
   */
  default Stream<StoredFile> listAll() {
    return listAll(FileListQuery.ALL);
  }

  /**
   * Describes one file.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the stored file, with {@link StoredFile#deleted()} set
   */
  StoredFile retrieve(String fileId);

  /**
   * Deletes a file.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the id of the deleted file, and whether it was deleted
   */
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
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the content, to read and close
   */
  InputStream download(String fileId);

  /**
   * Writes a file's content to {@code target}, created or replaced, and returns the target. The
   * content goes to a temporary file beside the target, moved into place only once all of it
   * arrived: when the download fails, the target is left as it was and the temporary file deleted.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @param target the file to write; its directory must exist
   * @return {@code target}, holding the whole content
   */
  Path downloadTo(String fileId, Path target);

  /**
   * Gets a URL for downloading a file without the key, valid for 24 hours.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @return the signed URL; anyone who has it can download the file until it expires
   */
  FileSignedUrl signedUrl(String fileId);

  /**
   * Gets a URL for downloading a file without the key, valid for the given hours.
   *
   * @param fileId the file's id ({@link StoredFile#id()})
   * @param expiryHours how many hours the URL stays valid; null for the API's default (24)
   * @return the signed URL; anyone who has it can download the file until it expires
   */
  FileSignedUrl signedUrl(String fileId, @Nullable Integer expiryHours);
}
