/** A Spring AI {@code DocumentReader} over Mistral's OCR: one document per page. */
package io.github.mistralspring.springai.ocr;
