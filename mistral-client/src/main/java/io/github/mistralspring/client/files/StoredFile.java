package io.github.mistralspring.client.files;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file stored by the Files API, as the upload, list and retrieve operations describe it (spec
 * {@code StoredFile}, {@code UploadFileOut} and {@code RetrieveFileOut}, which differ only by
 * {@code deleted}).
 *
 * <p>The specification names it {@code FileSchema}.
 *
 * @param id the file's id
 * @param object the object kind, {@code file}
 * @param bytes the file's size in bytes, when known
 * @param createdAt when the file was created, in seconds since the epoch
 * @param filename the file's name
 * @param purpose what the file is for
 * @param sampleType the kind of samples it holds
 * @param numLines the number of lines, for JSONL files
 * @param mimetype the file's media type
 * @param source where the file came from
 * @param signature the file's signature
 * @param expiresAt when the file expires, in seconds since the epoch, or null if it does not
 * @param visibility who can see the file
 * @param deleted whether the file was deleted; only the retrieve operation sends it
 */
public record StoredFile(
    String id,
    String object,
    Long bytes,
    @JsonProperty("created_at") Long createdAt,
    String filename,
    FilePurpose purpose,
    @JsonProperty("sample_type") SampleType sampleType,
    @JsonProperty("num_lines") Long numLines,
    String mimetype,
    FileSource source,
    String signature,
    @JsonProperty("expires_at") Long expiresAt,
    FileVisibility visibility,
    Boolean deleted) {}
