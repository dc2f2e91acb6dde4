package io.github.mistralspring.client.internal.groups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary file a download is written to, beside its target, and moved into place once the
 * download is complete; deleted otherwise.
 *
 * @param path the temporary file
 * @param target the file the download is for
 */
record TemporaryDownload(Path path, Path target) {

  // Long enough to recognise the target, short enough to stay within file name limits.
  private static final int NAME_PREFIX_LENGTH = 100;

  /**
   * Creates an empty temporary file in the target's directory, so that moving it into place is a
   * rename on the same file system.
   */
  static TemporaryDownload besides(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isSymbolicLink(absolute)) {
      // Replace the file the link points to, as writing through the link did, not the link.
      try {
        absolute = absolute.toRealPath();
      } catch (IOException dangling) {
        // A link to nothing: replaced by the file itself.
      }
    }
    Path directory = absolute.getParent();
    if (directory == null || absolute.getFileName() == null) {
      throw new IllegalArgumentException("The download target " + target + " is not a file path");
    }
    String name = absolute.getFileName().toString();
    String prefix =
        "." + (name.length() > NAME_PREFIX_LENGTH ? name.substring(0, NAME_PREFIX_LENGTH) : name);
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          directory.resolve(
              prefix + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
      try {
        // createFile rather than createTempFile: the result gets the permissions any new file in
        // that directory gets, not owner-only ones.
        return new TemporaryDownload(Files.createFile(candidate), absolute);
      } catch (FileAlreadyExistsException taken) {
        if (attempt >= 10) {
          throw taken;
        }
      }
    }
  }

  /** Moves the complete download into place, keeping the permissions of a target it replaces. */
  void moveTo() {
    try {
      keepPermissions();
      try {
        Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(path, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "Could not move the downloaded file into place at " + target, failure);
    }
  }

  private void keepPermissions() {
    try {
      if (Files.isRegularFile(target)
          && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(path, Files.getPosixFilePermissions(target));
      }
    } catch (IOException | UnsupportedOperationException | SecurityException ignored) {
      // Best effort: the download is still moved into place, with default permissions.
    }
  }

  /** Deletes the temporary file, if it is still there. */
  void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // Nothing more can be done: the target itself was never touched.
    }
  }
}
