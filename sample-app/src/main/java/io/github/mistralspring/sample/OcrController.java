package io.github.mistralspring.sample;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.OcrResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Reads a document or an image with Mistral OCR, page by page, as markdown. */
@RestController
class OcrController {

  private static final Pattern IMAGE_FILE =
      Pattern.compile(".*\\.(png|jpe?g|gif|webp|avif|bmp|tiff?)([?#].*)?");

  private final MistralClient mistral;
  private final SampleProperties properties;

  OcrController(MistralClient mistral, SampleProperties properties) {
    this.mistral = mistral;
    this.properties = properties;
  }

  /**
   * Reads the document (a PDF, for instance) or the image at the URL; the Mistral API fetches it
   * itself, so the URL must be public. An {@code https:} or a {@code data:} URL both work.
   */
  @PostMapping(path = "/api/ocr", consumes = MediaType.APPLICATION_JSON_VALUE)
  Read ocr(@RequestBody DocumentToRead body) {
    String url = body.url() == null ? "" : body.url().strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("https://")
        || lower.startsWith("http://")
        || lower.startsWith("data:"))) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Give the \"url\" of a document or an image (https: or data:)");
    }
    // Images and documents are sent differently: guess which this is from the URL.
    boolean image =
        lower.startsWith("data:")
            ? lower.startsWith("data:image/")
            : IMAGE_FILE.matcher(lower).matches();
    OcrRequest.Builder request = OcrRequest.builder().model(properties.ocrModel());
    OcrResponse response =
        mistral.ocr().process((image ? request.imageUrl(url) : request.documentUrl(url)).build());

    List<Page> pages =
        response.pages().stream().map(page -> new Page(page.index(), page.markdown())).toList();
    return new Read(response.model(), pages);
  }

  /**
   * The body of {@code POST /api/ocr}.
   *
   * @param url where the document or image is, or a {@code data:} URL holding it
   */
  record DocumentToRead(String url) {}

  /**
   * The answer of {@code POST /api/ocr}.
   *
   * @param model the model that read the document
   * @param pages the pages read, in order
   */
  record Read(String model, List<Page> pages) {}

  /**
   * One page read.
   *
   * @param index the page's number, from 0
   * @param markdown its text, as markdown
   */
  record Page(Integer index, String markdown) {}
}
