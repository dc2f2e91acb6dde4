package io.github.mistralspring.client.internal.groups;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * An upload's content that can be read only once (an {@code InputStream}), wrapped to record when
 * sending starts to read it, so that the retry rules know whether it is still whole.
 */
final class SendOnceResource extends AbstractResource {

  private final Resource content;
  private final AtomicBoolean read = new AtomicBoolean();

  SendOnceResource(Resource content) {
    this.content = content;
  }

  /** Whether the content's stream was opened. */
  boolean read() {
    return read.get();
  }

  @Override
  public InputStream getInputStream() throws IOException {
    read.set(true);
    return content.getInputStream();
  }

  // What follows never reads the content: finding a length would use the stream up.

  @Override
  public long contentLength() throws IOException {
    throw new IOException("The length of " + content.getDescription() + " is not known");
  }

  @Override
  public boolean exists() {
    return true;
  }

  @Override
  public boolean isReadable() {
    return true;
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public String getFilename() {
    return content.getFilename();
  }

  @Override
  public String getDescription() {
    return content.getDescription();
  }
}
