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

  /**
   * Returns an upload of the file at a path, under its own name; the file is streamed as the
   * request is sent.
   *
   * @param file the file, such as {@code train.jsonl}
   * @param purpose what the file is for, such as {@link FilePurpose#FINE_TUNE}; null for the API's
   *     default
   * @return the upload
   * @throws NullPointerException when the path is null
   * @throws IllegalStateException when the path names no file (a root)
   */
  static FileUploadRequest of(Path file, @Nullable FilePurpose purpose) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    // A root names no file: its blank name fails at build(), as a missing one does.
    return builder()
        .content(new FileSystemResource(file), name == null ? "" : name.toString())
        .purpose(purpose)
        .build();
  }

  /**
   * Returns an upload of a resource's content, under the resource's own file name.
   *
   * @param content the file's content, streamed as the request is sent; an {@link
   *     InputStreamResource} can be sent only once
   * @param purpose what the file is for, such as {@link FilePurpose#BATCH}; null for the API's
   *     default
   * @return the upload
   * @throws IllegalStateException when the content is null, or the resource has no file name: pass
   *     one to {@code builder().content(resource, "data.jsonl")}
   */
  static FileUploadRequest of(Resource content, @Nullable FilePurpose purpose) {
    return builder().content(content).purpose(purpose).build();
  }

  /**
   * Returns an upload of what a stream holds, under the given name. The stream is read once, as the
   * request is sent, and closed at its end; the request is never sent again once it started.
   *
   * @param content the stream of the file's content
   * @param filename the name the server records, such as {@code train.jsonl}
   * @param purpose what the file is for, such as {@link FilePurpose#FINE_TUNE}; null for the API's
   *     default
   * @return the upload
   * @throws NullPointerException when the stream is null
   * @throws IllegalStateException when the file name is null or blank
   */
  static FileUploadRequest of(InputStream content, String filename, @Nullable FilePurpose purpose) {
    Objects.requireNonNull(content, "content");
    // A plain InputStreamResource: Spring never asks it for its length, which would read it whole.
    return builder().content(new InputStreamResource(content), filename).purpose(purpose).build();
  }

  /**
   * Returns this upload under another file name.
   *
   * @param filename the name the server records, such as {@code train.jsonl}
   * @return the copy; this upload is left as it is
   * @throws IllegalStateException when the file name is null or blank
   */
  default FileUploadRequest withFilename(String filename) {
    return toBuilder().filename(filename).build();
  }

  /**
   * Returns this upload with an expiry.
   *
   * @param hours after how many hours the server deletes the file; null for never
   * @return the copy; this upload is left as it is
   */
  default FileUploadRequest withExpiry(@Nullable Integer hours) {
    return toBuilder().expiry(hours).build();
  }

  /**
   * Returns this upload with a visibility.
   *
   * @param visibility who can see the file, {@link FileVisibility#WORKSPACE} or {@link
   *     FileVisibility#USER}; null for the API's default ({@code workspace})
   * @return the copy; this upload is left as it is
   */
  default FileUploadRequest withVisibility(@Nullable FileVisibility visibility) {
    return toBuilder().visibility(visibility).build();
  }

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
     * Sets the content, under the resource's own file name; required.
     *
     * @param content the file's content, streamed as the request is sent; an {@link
     *     InputStreamResource} can be sent only once; null clears it and the file name
     * @return this builder
     */
    public Builder content(@Nullable Resource content) {
      return content(content, null);
    }

    /**
     * Sets the content and the name the server records for it; required.
     *
     * @param content the file's content, streamed as the request is sent; an {@link
     *     InputStreamResource} can be sent only once; null clears it
     * @param filename the name the server records, such as {@code train.jsonl}; null to use the
     *     resource's own
     * @return this builder
     */
    public Builder content(@Nullable Resource content, @Nullable String filename) {
      this.content = content;
      this.filename = filename != null || content == null ? filename : filenameOf(content);
      return this;
    }

    // A resource that cannot name itself (a file system root throws inside getFilename()) gives
    // no name, so build() asks for one.
    private static @Nullable String filenameOf(Resource content) {
      try {
        return content.getFilename();
      } catch (RuntimeException unnamed) {
        return null;
      }
    }

    /**
     * Sets the name the server records for the file.
     *
     * @param filename the file name, such as {@code train.jsonl}; its extension tells the API the
     *     format (the fine-tuning API takes {@code .jsonl} only); null clears it
     * @return this builder
     */
    public Builder filename(@Nullable String filename) {
      this.filename = filename;
      return this;
    }

    /**
     * Sets what the file is for.
     *
     * @param purpose the purpose, such as {@link FilePurpose#FINE_TUNE}, {@link FilePurpose#BATCH},
     *     {@link FilePurpose#OCR} or {@link FilePurpose#AUDIO}; null clears it, so the API's
     *     default applies
     * @return this builder
     */
    public Builder purpose(@Nullable FilePurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Sets after how many hours the file expires.
     *
     * @param hours after how many hours the server deletes the file; null clears it, so the file
     *     never expires
     * @return this builder
     */
    public Builder expiry(@Nullable Integer hours) {
      this.expiry = hours;
      return this;
    }

    /**
     * Sets who can see the file.
     *
     * @param visibility {@link FileVisibility#WORKSPACE} (everyone in the workspace) or {@link
     *     FileVisibility#USER} (its uploader only); null clears it, so the API's default ({@code
     *     workspace}) applies
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
     * @throws IllegalStateException when the content is missing, or the file name is missing or
     *     blank
     */
    public FileUploadRequest build() {
      if (content == null) {
        throw new IllegalStateException(
            "FileUploadRequest.content is required: set it with builder().content(resource)");
      }
      if (filename == null || filename.isBlank()) {
        throw new IllegalStateException(
            "FileUploadRequest.filename is required for "
                + content.getDescription()
                + ": set it with filename(\"data.jsonl\")");
      }
      return new FileUploadRequestValue(content, filename, purpose, expiry, visibility);
    }
  }
}
