package io.github.mistralspring.client.files;

import io.github.mistralspring.client.paging.Paged;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters and page of a file listing ({@code GET /v1/files}); build one with {@link
 * #builder()}. A value left unset (null) is left out of the request, so the API's default applies.
 */
@JsonDeserialize(as = FileListQueryValue.class)
public sealed interface FileListQuery extends Paged<FileListQuery> permits FileListQueryValue {

  /**
   * Whether the answer carries the total count.
   *
   * @return whether the answer carries the total count; null for the API's default
   */
  @Nullable Boolean includeTotal();

  /**
   * Only files with one of these sample types.
   *
   * @return the sample types to keep; null for no filter
   */
  @Nullable List<SampleType> sampleTypes();

  /**
   * Only files from one of these sources.
   *
   * @return the sources to keep; null for no filter
   */
  @Nullable List<FileSource> sources();

  /**
   * Only files whose name contains this text.
   *
   * @return the text the names must contain; null for no filter
   */
  @Nullable String search();

  /**
   * Only files with this purpose.
   *
   * @return the purpose to keep; null for no filter
   */
  @Nullable FilePurpose purpose();

  /**
   * Only files with one of these media types.
   *
   * @return the media types to keep; null for no filter
   */
  @Nullable List<String> mimetypes();

  /** A query with no filter, for the API's first page. */
  FileListQuery ALL = builder().build();

  /**
   * Starts building a query.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  @Override
  default Builder toBuilder() {
    return builder()
        .page(page())
        .pageSize(pageSize())
        .includeTotal(includeTotal())
        .sampleTypes(sampleTypes())
        .sources(sources())
        .search(search())
        .purpose(purpose())
        .mimetypes(mimetypes());
  }

  /** Builds a {@link FileListQuery}; not thread-safe. */
  final class Builder implements Paged.Builder<FileListQuery> {

    private @Nullable Integer page;
    private @Nullable Integer pageSize;
    private @Nullable Boolean includeTotal;
    private @Nullable List<SampleType> sampleTypes;
    private @Nullable List<FileSource> sources;
    private @Nullable String search;
    private @Nullable FilePurpose purpose;
    private @Nullable List<String> mimetypes;

    Builder() {}

    @Override
    public Builder page(@Nullable Integer page) {
      this.page = page;
      return this;
    }

    @Override
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets whether the answer carries the total count.
     *
     * @param includeTotal whether to count every matching file; null for the API's default
     * @return this builder
     */
    public Builder includeTotal(@Nullable Boolean includeTotal) {
      this.includeTotal = includeTotal;
      return this;
    }

    /**
     * Keeps only files with one of these sample types.
     *
     * @param sampleTypes the sample types to keep
     * @return this builder
     */
    public Builder sampleTypes(SampleType... sampleTypes) {
      return sampleTypes(List.of(sampleTypes));
    }

    /**
     * Keeps only files with one of these sample types, given as a list.
     *
     * @param sampleTypes the sample types to keep; null for no filter
     * @return this builder
     */
    public Builder sampleTypes(@Nullable List<SampleType> sampleTypes) {
      this.sampleTypes = sampleTypes == null ? null : List.copyOf(sampleTypes);
      return this;
    }

    /**
     * Keeps only files from one of these sources.
     *
     * @param sources the sources to keep
     * @return this builder
     */
    public Builder sources(FileSource... sources) {
      return sources(List.of(sources));
    }

    /**
     * Keeps only files from one of these sources, given as a list.
     *
     * @param sources the sources to keep; null for no filter
     * @return this builder
     */
    public Builder sources(@Nullable List<FileSource> sources) {
      this.sources = sources == null ? null : List.copyOf(sources);
      return this;
    }

    /**
     * Keeps only files whose name contains this text.
     *
     * @param search the text the names must contain; null for no filter
     * @return this builder
     */
    public Builder search(@Nullable String search) {
      this.search = search;
      return this;
    }

    /**
     * Keeps only files with this purpose.
     *
     * @param purpose the purpose to keep; null for no filter
     * @return this builder
     */
    public Builder purpose(@Nullable FilePurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /**
     * Keeps only files with one of these media types.
     *
     * @param mimetypes the media types to keep, such as {@code application/jsonl}
     * @return this builder
     */
    public Builder mimetypes(String... mimetypes) {
      return mimetypes(List.of(mimetypes));
    }

    /**
     * Keeps only files with one of these media types, given as a list.
     *
     * @param mimetypes the media types to keep; null for no filter
     * @return this builder
     */
    public Builder mimetypes(@Nullable List<String> mimetypes) {
      this.mimetypes = mimetypes == null ? null : List.copyOf(mimetypes);
      return this;
    }

    @Override
    public FileListQuery build() {
      return new FileListQueryValue(
          page, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
    }
  }
}
