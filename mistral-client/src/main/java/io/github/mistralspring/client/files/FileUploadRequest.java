package io.github.mistralspring.client.files;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A file to upload and how: its content, the name the server records, its purpose and optionally an
 * expiry and a visibility. The content is streamed when sent, never read into memory whole.
 *
 * <p>The specification has no schema for it: it is the form of {@code
 * files_api_routes_upload_file}.
 */
@JsonDeserialize(as = FileUploadRequestValue.class)
public sealed interface FileUploadRequest permits FileUploadRequestValue {

  /**
   * The file's content; an {@link InputStreamResource} can be sent only once.
   *
   * @return the file's content; an {@link InputStreamResource} can be sent only once
   */
  Resource content();

  /**
   * The name the server records for the file.
   *
   * @return the name the server records for the file
   */
  @Nullable String filename();

  /**
   * What the file is for; absent for the API's default.
   *
   * @return what the file is for; absent for the API's default
   */
  @Nullable FilePurpose purpose();

  /**
   * After how many hours the file expires; absent for never.
   *
   * @return after how many hours the file expires; absent for never
   */
  @Nullable Integer expiry();

  /**
   * Who can see the file; absent for the API's default ({@code workspace}).
   *
   * @return who can see the file; absent for the API's default ({@code workspace})
   */
  @Nullable FileVisibility visibility();

  /** Uploads the file at a path, under its own name. */
  static FileUploadRequest of(Path file, FilePurpose purpose) {
    Objects.requireNonNull(file, "file");
    return new FileUploadRequestValue(
        new FileSystemResource(file), file.getFileName().toString(), purpose, null, null);
  }

  /** Uploads a resource under its own file name, which it must have. */
  static FileUploadRequest of(Resource content, FilePurpose purpose) {
    Objects.requireNonNull(content, "content");
    return new FileUploadRequestValue(content, content.getFilename(), purpose, null, null);
  }

  /**
   * Uploads what a stream holds under the given name. The stream is read once, as the request is
   * sent, and closed at its end.
   */
  static FileUploadRequest of(InputStream content, String filename, FilePurpose purpose) {
    Objects.requireNonNull(content, "content");
    // A plain InputStreamResource: Spring never asks it for its length, which would read it whole.
    return new FileUploadRequestValue(
        new InputStreamResource(content), filename, purpose, null, null);
  }

  /** Returns this upload under another file name. */
  FileUploadRequest withFilename(String filename);

  /** Returns this upload with an expiry, in hours. */
  FileUploadRequest withExpiry(Integer hours);

  /** Returns this upload with a visibility. */
  FileUploadRequest withVisibility(FileVisibility visibility);

  /**
   * Returns a builder for a new upload, for the settings the {@code of(..)} factories do not take.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this upload's values, to derive a changed copy.
   *
   * @return a builder that starts from this upload
   */
  default Builder toBuilder() {
    return new Builder()
        .content(content(), filename())
        .purpose(purpose())
        .expiry(expiry())
        .visibility(visibility());
  }

  /** Builds a {@link FileUploadRequest}; not thread-safe. */
  final class Builder {

    private @Nullable Resource content;
    private @Nullable String filename;
    private @Nullable FilePurpose purpose;
    private @Nullable Integer expiry;
    private @Nullable FileVisibility visibility;

    private Builder() {}

    /**
     * Sets the content, under the resource's own file name.
     *
     * @param content the file's content; an {@link InputStreamResource} can be sent only once
     * @return this builder
     */
    public Builder content(Resource content) {
      return content(content, content.getFilename());
    }

    /**
     * Sets the content and the name the server records for it.
     *
     * @param content the file's content; an {@link InputStreamResource} can be sent only once
     * @param filename the name the server records; null to use the resource's own
     * @return this builder
     */
    public Builder content(Resource content, @Nullable String filename) {
      this.content = Objects.requireNonNull(content, "content");
      this.filename = filename != null ? filename : content.getFilename();
      return this;
    }

    /**
     * Sets the name the server records for the file.
     *
     * @param filename the file name, such as {@code train.jsonl}
     * @return this builder
     */
    public Builder filename(@Nullable String filename) {
      this.filename = filename;
      return this;
    }

    /**
     * Sets what the file is for.
     *
     * @param purpose the purpose; null for the API's default
     * @return this builder
     */
    public Builder purpose(@Nullable FilePurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Sets after how many hours the file expires.
     *
     * @param hours the lifetime in hours; null for never
     * @return this builder
     */
    public Builder expiry(@Nullable Integer hours) {
      this.expiry = hours;
      return this;
    }

    /**
     * Sets who can see the file.
     *
     * @param visibility the visibility; null for the API's default ({@code workspace})
     * @return this builder
     */
    public Builder visibility(@Nullable FileVisibility visibility) {
      this.visibility = visibility;
      return this;
    }

    /**
     * Builds the upload.
     *
     * @return the upload
     * @throws IllegalStateException when the content or the file name is missing
     */
    public FileUploadRequest build() {
      if (content == null) {
        throw new IllegalStateException(
            "A FileUploadRequest needs its content: call content(resource) on the builder");
      }
      if (filename == null || filename.isBlank()) {
        throw new IllegalStateException(
            "A FileUploadRequest needs a file name: call filename(\"data.jsonl\") on the builder");
      }
      return new FileUploadRequestValue(content, filename, purpose, expiry, visibility);
    }
  }
}
