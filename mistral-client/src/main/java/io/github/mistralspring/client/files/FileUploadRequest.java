package io.github.mistralspring.client.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

/**
 * A file to upload and how: its content, the name the server records, its purpose and optionally an
 * expiry and a visibility. The content is streamed when sent, never read into memory whole.
 *
 * <p>The specification has no schema for it: it is the form of {@code
 * files_api_routes_upload_file}.
 *
 * @param content the file's content; an {@link InputStreamResource} can be sent only once
 * @param filename the name the server records for the file
 * @param purpose what the file is for, or null for the API's default
 * @param expiry after how many hours the file expires, or null for never
 * @param visibility who can see the file, or null for the API's default ({@code workspace})
 */
public record FileUploadRequest(
    Resource content,
    String filename,
    FilePurpose purpose,
    Integer expiry,
    FileVisibility visibility) {

  /** Checks that the content and a file name are present. */
  public FileUploadRequest {
    Objects.requireNonNull(content, "content");
    if (filename == null || filename.isBlank()) {
      throw new IllegalArgumentException("A file name is required for " + content);
    }
  }

  /** Uploads the file at a path, under its own name. */
  public static FileUploadRequest of(Path file, FilePurpose purpose) {
    Objects.requireNonNull(file, "file");
    return new FileUploadRequest(
        new FileSystemResource(file), file.getFileName().toString(), purpose, null, null);
  }

  /** Uploads a resource under its own file name, which it must have. */
  public static FileUploadRequest of(Resource content, FilePurpose purpose) {
    Objects.requireNonNull(content, "content");
    return new FileUploadRequest(content, content.getFilename(), purpose, null, null);
  }

  /**
   * Uploads what a stream holds under the given name. The stream is read once, as the request is
   * sent, and closed at its end.
   */
  public static FileUploadRequest of(InputStream content, String filename, FilePurpose purpose) {
    Objects.requireNonNull(content, "content");
    // A plain InputStreamResource: Spring never asks it for its length, which would read it whole.
    return new FileUploadRequest(new InputStreamResource(content), filename, purpose, null, null);
  }

  /** Returns this upload under another file name. */
  public FileUploadRequest withFilename(String filename) {
    return new FileUploadRequest(content, filename, purpose, expiry, visibility);
  }

  /** Returns this upload with an expiry, in hours. */
  public FileUploadRequest withExpiry(Integer hours) {
    return new FileUploadRequest(content, filename, purpose, hours, visibility);
  }

  /** Returns this upload with a visibility. */
  public FileUploadRequest withVisibility(FileVisibility visibility) {
    return new FileUploadRequest(content, filename, purpose, expiry, visibility);
  }
}
