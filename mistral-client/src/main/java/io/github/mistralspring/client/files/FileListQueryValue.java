package io.github.mistralspring.client.files;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link FileListQuery}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record FileListQueryValue(
    @Nullable Integer page,
    @Nullable Integer pageSize,
    @Nullable Boolean includeTotal,
    @Nullable List<SampleType> sampleTypes,
    @Nullable List<FileSource> sources,
    @Nullable String search,
    @Nullable FilePurpose purpose,
    @Nullable List<String> mimetypes)
    implements FileListQuery {

  /** Copies the lists. */
  FileListQueryValue {
    sampleTypes = sampleTypes == null ? null : List.copyOf(sampleTypes);
    sources = sources == null ? null : List.copyOf(sources);
    mimetypes = mimetypes == null ? null : List.copyOf(mimetypes);
  }

  @Override
  public FileListQuery withPage(int page) {
    return new FileListQueryValue(
        page, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
  }
}
