package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileSignedUrl;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.files.FilesApi;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.DataBufferInputStream;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.paging.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/** The blocking files group, waiting on the reactive one. */
public final class DefaultFilesApi implements FilesApi {

  /** How many buffers the download stream asks for ahead of the reader. */
  private static final int DOWNLOAD_DEMAND = 16;

  private final ReactiveFilesApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultFilesApi(ReactiveFilesApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public StoredFile upload(FileUploadRequest upload) {
    return Blocking.await(reactive.upload(upload));
  }

  @Override
  public StoredFile upload(Path file, FilePurpose purpose) {
    return Blocking.await(reactive.upload(file, purpose));
  }

  @Override
  public Page<StoredFile> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<StoredFile> list(FileListQuery query) {
    return Blocking.await(reactive.list(query));
  }

  @Override
  public Stream<StoredFile> listAll(FileListQuery query) {
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        StoredFile::id,
        page -> Blocking.await(reactive.list(query.withPage(page))));
  }

  @Override
  public StoredFile retrieve(String fileId) {
    return Blocking.await(reactive.retrieve(fileId));
  }

  @Override
  public Deletion delete(String fileId) {
    return Blocking.await(reactive.delete(fileId));
  }

  @Override
  public InputStream download(String fileId) {
    return DataBufferInputStream.of(reactive.download(fileId), DOWNLOAD_DEMAND);
  }

  @Override
  public Path downloadTo(String fileId, Path target) {
    Blocking.await(reactive.downloadTo(fileId, target));
    return target;
  }

  @Override
  public FileSignedUrl signedUrl(String fileId) {
    return Blocking.await(reactive.signedUrl(fileId));
  }

  @Override
  public FileSignedUrl signedUrl(String fileId, Integer expiryHours) {
    return Blocking.await(reactive.signedUrl(fileId, expiryHours));
  }

  @Override
  public FilesApi withOptions(RequestOptions options) {
    return new DefaultFilesApi(reactive.withOptions(options));
  }
}
