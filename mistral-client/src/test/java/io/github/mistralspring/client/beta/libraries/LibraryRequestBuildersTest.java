package io.github.mistralspring.client.beta.libraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The library requests check what they need when they are built, as every request of the client
 * does: an {@link IllegalStateException} from {@code build()} that names the field and how to set
 * it. The values behind them take what they are given, as read from JSON.
 */
class LibraryRequestBuildersTest {

  @Test
  void aLibraryNeedsANameAndAPositiveChunkSize() {
    assertMissing(() -> LibraryRequest.builder().description("x").build(), "LibraryRequest.name");
    assertMissing(() -> LibraryRequest.builder().name(" ").build(), "LibraryRequest.name");
    assertThatThrownBy(() -> LibraryRequest.builder().name("x").chunkSize(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LibraryRequest.chunkSize must be positive");
    assertThat(LibraryRequest.of("Handbook").name()).isEqualTo("Handbook");
  }

  @Test
  void sharingNeedsALevelAndTheEntitysKindAndId() {
    assertMissing(
        () -> LibraryAccessRequest.builder().shareWith(ShareTargetType.USER, "u").build(),
        "LibraryAccessRequest.level");
    assertMissing(
        () -> LibraryAccessRequest.builder().level(ShareLevel.VIEWER).build(),
        "LibraryAccessRequest.shareWithType");
    assertMissing(
        () ->
            LibraryAccessRequest.builder()
                .level(ShareLevel.VIEWER)
                .shareWith(ShareTargetType.USER, "")
                .build(),
        "LibraryAccessRequest.shareWithUuid");
  }

  @Test
  void unsharingNeedsTheEntitysKindAndIdThroughTheBuilderAndTheFactory() {
    assertMissing(
        () -> LibraryUnshareRequest.builder().build(), "LibraryUnshareRequest.shareWithType");
    assertMissing(
        () -> LibraryUnshareRequest.of(ShareTargetType.ORG, " "),
        "LibraryUnshareRequest.shareWithUuid");
    assertThat(LibraryUnshareRequest.of(ShareTargetType.ORG, "o").shareWithUuid()).isEqualTo("o");
  }

  @Test
  void aDocumentListingChecksItsPageWhenBuilt() {
    assertThatThrownBy(() -> DocumentListQuery.builder().page(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DocumentListQuery.page");
    assertThatThrownBy(() -> DocumentListQuery.builder().pageSize(101).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DocumentListQuery.pageSize must be from 1 to 100");
    assertThatThrownBy(() -> DocumentListQuery.ALL.withPage(-1))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void assertMissing(ThrowingSupplier<?> build, String field) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(field + " is required")
        .hasMessageContaining("builder().");
  }
}
