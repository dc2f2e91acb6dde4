package io.github.mistralspring.client.files;

import io.github.mistralspring.client.internal.values.QueryParameters;
import java.util.List;
import java.util.Map;
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
  public Map<String, List<String>> queryParameters() {
    return QueryParameters.paged(page, pageSize)
        .add("include_total", includeTotal)
        .add("sample_type", sampleTypes)
        .add("source", sources)
        .add("search", search)
        .add("purpose", purpose)
        .add("mimetypes", mimetypes)
        .toMap();
  }
}
