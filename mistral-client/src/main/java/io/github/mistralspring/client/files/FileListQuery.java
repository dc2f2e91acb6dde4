package io.github.mistralspring.client.files;

import java.util.List;

/**
 * The filters and page of a file listing; build one with {@link #builder()}. A null value is left
 * out of the request.
 *
 * @param page the page number, from 0
 * @param pageSize the number of files per page (the API's default is 100)
 * @param includeTotal whether the answer carries the total count
 * @param sampleTypes only files with one of these sample types
 * @param sources only files from one of these sources
 * @param search only files whose name contains this text
 * @param purpose only files with this purpose
 * @param mimetypes only files with one of these media types
 */
public record FileListQuery(
    Integer page,
    Integer pageSize,
    Boolean includeTotal,
    List<SampleType> sampleTypes,
    List<FileSource> sources,
    String search,
    FilePurpose purpose,
    List<String> mimetypes) {

  /** A query with no filter, for the API's first page. */
  public static final FileListQuery ALL = builder().build();

  /** Copies the lists. */
  public FileListQuery {
    sampleTypes = sampleTypes == null ? null : List.copyOf(sampleTypes);
    sources = sources == null ? null : List.copyOf(sources);
    mimetypes = mimetypes == null ? null : List.copyOf(mimetypes);
  }

  /** Returns a builder for a new query. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns this query for another page. */
  public FileListQuery withPage(int page) {
    return new FileListQuery(
        page, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
  }

  /** Builds a {@link FileListQuery}; not thread-safe. */
  public static final class Builder {

    private Integer page;
    private Integer pageSize;
    private Boolean includeTotal;
    private List<SampleType> sampleTypes;
    private List<FileSource> sources;
    private String search;
    private FilePurpose purpose;
    private List<String> mimetypes;

    private Builder() {}

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

    /** Keeps only files from one of these sources. */
    public Builder sources(FileSource... sources) {
      this.sources = List.of(sources);
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

    /** Builds the query. */
    public FileListQuery build() {
      return new FileListQuery(
          page, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
    }
  }
}
