/**
 * The Files API: streamed uploads and downloads, listings with lazy paging, and signed URLs.
 *
 * <p>{@link io.github.mistralspring.client.files.ReactiveFilesApi} is the reactive face and {@link
 * io.github.mistralspring.client.files.FilesApi} the blocking one.
 */
@NullMarked
package io.github.mistralspring.client.files;

import org.jspecify.annotations.NullMarked;
