package io.github.mistralspring.client.beta.libraries;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

/**
 * A document to upload to a library: its content and the name the library records. The content is
 * streamed when sent, never read into memory whole.
 *
 * @param content the document's content; an {@link InputStreamResource} can be sent only once
 * @param filename the name the library records, whose extension tells the API the document's kind
 */
public record DocumentUpload(Resource content, String filename) {

  /**
   * Checks that the content and a file name are present.
   *
   * @param content the document's content; an {@link InputStreamResource} can be sent only once
   * @param filename the name the library records, whose extension tells the API the document's kind
   */
  public DocumentUpload {
    Objects.requireNonNull(content, "content");
    if (filename == null || filename.isBlank()) {
      throw new IllegalArgumentException(
          "A document needs a file name (its extension tells its kind): use"
              + " DocumentUpload.of(resource, \"name.pdf\") for "
              + content);
    }
  }

  /**
   * Uploads the file at a path, under its own name.
   *
   * @param file the file to upload; its name is the name the library records
   * @return the upload, which streams the file when sent
   */
  public static DocumentUpload of(Path file) {
    Objects.requireNonNull(file, "file");
    return new DocumentUpload(new FileSystemResource(file), file.getFileName().toString());
  }

  /**
   * Uploads a resource under the given name.
   *
   * @param content the document's content
   * @param filename the name the library records, with an extension such as {@code .pdf}
   * @return the upload
   */
  public static DocumentUpload of(Resource content, String filename) {
    return new DocumentUpload(content, filename);
  }

  /**
   * Uploads what a stream holds under the given name. The stream is read once, as the request is
   * sent, and closed at its end; such an upload is never sent twice.
   *
   * @param content the stream to read the content from, once
   * @param filename the name the library records, with an extension such as {@code .pdf}
   * @return the upload, which can be sent only once
   */
  public static DocumentUpload of(InputStream content, String filename) {
    Objects.requireNonNull(content, "content");
    // A plain InputStreamResource: Spring never asks it for its length, which would read it whole.
    return new DocumentUpload(new InputStreamResource(content), filename);
  }
}
