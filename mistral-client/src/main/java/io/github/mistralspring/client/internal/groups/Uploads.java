package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.internal.MistralRequest;
import org.springframework.core.io.Resource;
import org.springframework.http.client.MultipartBodyBuilder;

/**
 * The file part of a multipart upload, written the same way by every operation that uploads one
 * (files, audio transcriptions): streamed from its {@link Resource}, and sent once only when it can
 * be read once only.
 */
public final class Uploads {

  private Uploads() {}

  /**
   * Adds a file part. Content that can be read only once ({@link Resource#isOpen()}, such as an
   * {@code InputStream}) marks the request as one whose body is sent once: once anything of it was
   * sent, a failure is passed on as it is, never retried.
   *
   * @param parts the parts being built
   * @param request the request the parts are for
   * @param name the part's name
   * @param content the file's content
   * @param filename the name the server records for the file
   */
  public static void filePart(
      MultipartBodyBuilder parts,
      MistralRequest request,
      String name,
      Resource content,
      String filename) {
    Resource sent = content;
    // A stream can be sent only once: the request says so, and when it was read.
    if (content.isOpen()) {
      SendOnceResource once = new SendOnceResource(content);
      request.bodySentOnce(once::read);
      sent = once;
    }
    parts.part(name, sent).filename(filename);
  }
}
