package io.github.mistralspring.client.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file stored by the Files API, as the upload, list and retrieve operations describe it (spec
 * {@code StoredFile}, {@code UploadFileOut} and {@code RetrieveFileOut}, which differ only by
 * {@code deleted}).
 *
 * <p>The specification names it {@code FileSchema}.
 *
 * @param id the file's id
 * @param object the object kind, {@code file}
 * @param bytes the file's size in bytes; absent when the API did not report it
 * @param createdAt when the file was created, in seconds since the epoch
 * @param filename the file's name
 * @param purpose what the file is for
 * @param sampleType the kind of samples it holds
 * @param numLines the number of lines; absent but for JSONL files
 * @param mimetype the file's media type; absent when the API did not report it
 * @param source where the file came from
 * @param signature the file's signature; absent when the API did not report it
 * @param expiresAt when the file expires, in seconds since the epoch; absent when it does not
 *     expire
 * @param visibility who can see the file; absent when the API did not report it
 * @param deleted whether the file was deleted; only the retrieve operation sends it, absent
 *     otherwise
 */
public record StoredFile(
    String id,
    String object,
    @Nullable Long bytes,
    @JsonProperty("created_at") Long createdAt,
    String filename,
    FilePurpose purpose,
    @JsonProperty("sample_type") SampleType sampleType,
    @JsonProperty("num_lines") @Nullable Long numLines,
    @Nullable String mimetype,
    FileSource source,
    @Nullable String signature,
    @JsonProperty("expires_at") @Nullable Long expiresAt,
    @Nullable FileVisibility visibility,
    @Nullable Boolean deleted) {}
