package io.github.mistralspring.client.ocr;

/**
 * The size of a page's image.
 *
 * @param dpi the dots per inch of the image
 * @param height the height in pixels
 * @param width the width in pixels
 */
public record OcrPageDimensions(Integer dpi, Integer height, Integer width) {}
