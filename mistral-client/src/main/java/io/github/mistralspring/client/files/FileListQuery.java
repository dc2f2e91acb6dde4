package io.github.mistralspring.client.files;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters and page of a file listing; build one with {@link #builder()}. A null value is left
 * out of the request.
 */
@JsonDeserialize(as = FileListQueryValue.class)
public sealed interface FileListQuery permits FileListQueryValue {

  /**
   * The page number, from 0.
   *
   * @return the page number, from 0
   */
  @Nullable Integer page();

  /**
   * The number of files per page (the API's default is 100).
   *
   * @return the number of files per page (the API's default is 100)
   */
  @Nullable Integer pageSize();

  /**
   * Whether the answer carries the total count.
   *
   * @return whether the answer carries the total count
   */
  @Nullable Boolean includeTotal();

  /**
   * Only files with one of these sample types.
   *
   * @return only files with one of these sample types
   */
  @Nullable List<SampleType> sampleTypes();

  /**
   * Only files from one of these sources.
   *
   * @return only files from one of these sources
   */
  @Nullable List<FileSource> sources();

  /**
   * Only files whose name contains this text.
   *
   * @return only files whose name contains this text
   */
  @Nullable String search();

  /**
   * Only files with this purpose.
   *
   * @return only files with this purpose
   */
  @Nullable FilePurpose purpose();

  /**
   * Only files with one of these media types.
   *
   * @return only files with one of these media types
   */
  @Nullable List<String> mimetypes();

  /** A query with no filter, for the API's first page. */
  public static final FileListQuery ALL = builder().build();

  /** Returns a builder for a new query. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns this query for another page. */
  FileListQuery withPage(int page);

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.page = page();
    builder.pageSize = pageSize();
    builder.includeTotal = includeTotal();
    builder.sampleTypes = sampleTypes() == null ? null : new ArrayList<>(sampleTypes());
    builder.sources = sources() == null ? null : new ArrayList<>(sources());
    builder.search = search();
    builder.purpose = purpose();
    builder.mimetypes = mimetypes() == null ? null : new ArrayList<>(mimetypes());
    return builder;
  }

  /** Builds a {@link FileListQuery}; not thread-safe. */
  final class Builder {

    private Integer page;
    private Integer pageSize;
    private Boolean includeTotal;
    private List<SampleType> sampleTypes;
    private List<FileSource> sources;
    private String search;
    private FilePurpose purpose;
    private List<String> mimetypes;

    Builder() {}

    /** Sets the page number, from 0. */
    public Builder page(Integer page) {
      this.page = page;
      return this;
    }

    /** Sets the number of files per page. */
    public Builder pageSize(Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets whether the answer carries the total count. */
    public Builder includeTotal(Boolean includeTotal) {
      this.includeTotal = includeTotal;
      return this;
    }

    /** Keeps only files with one of these sample types. */
    public Builder sampleTypes(SampleType... sampleTypes) {
      this.sampleTypes = List.of(sampleTypes);
      return this;
    }

    /**
     * Keeps only files with one of these sample types, given as a list.
     *
     * @param sampleTypes the values to keep; null for no filter
     * @return this builder
     */
    public Builder sampleTypes(@Nullable List<SampleType> sampleTypes) {
      this.sampleTypes = sampleTypes == null ? null : List.copyOf(sampleTypes);
      return this;
    }

    /** Keeps only files from one of these sources. */
    public Builder sources(FileSource... sources) {
      this.sources = List.of(sources);
      return this;
    }

    /**
     * Keeps only files from one of these sources, given as a list.
     *
     * @param sources the values to keep; null for no filter
     * @return this builder
     */
    public Builder sources(@Nullable List<FileSource> sources) {
      this.sources = sources == null ? null : List.copyOf(sources);
      return this;
    }

    /** Keeps only files whose name contains this text. */
    public Builder search(String search) {
      this.search = search;
      return this;
    }

    /** Keeps only files with this purpose. */
    public Builder purpose(FilePurpose purpose) {
      this.purpose = purpose;
      return this;
    }

    /** Keeps only files with one of these media types. */
    public Builder mimetypes(String... mimetypes) {
      this.mimetypes = List.of(mimetypes);
      return this;
    }

    /**
     * Keeps only files with one of these media types, given as a list.
     *
     * @param mimetypes the values to keep; null for no filter
     * @return this builder
     */
    public Builder mimetypes(@Nullable List<String> mimetypes) {
      this.mimetypes = mimetypes == null ? null : List.copyOf(mimetypes);
      return this;
    }

    /** Builds the query. */
    public FileListQuery build() {
      return new FileListQueryValue(
          page, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
    }
  }
}
