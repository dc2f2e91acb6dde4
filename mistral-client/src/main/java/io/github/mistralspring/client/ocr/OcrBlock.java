package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A content block of a page (paragraph, title, table, image, …) with its bounding box.
 *
 * <p>The API tells blocks apart by {@code type} but they share one shape, so one record holds them
 * all; a new block type reads like the others.
 *
 * @param type the kind of block; absent when the API did not send it
 * @param topLeftX the x of the box's top-left corner
 * @param topLeftY the y of the box's top-left corner
 * @param bottomRightX the x of the box's bottom-right corner
 * @param bottomRightY the y of the box's bottom-right corner
 * @param content the block's text, markdown or HTML
 * @param imageId for an image block, the id of the image in the page's images; absent otherwise
 * @param tableId for a table block, the id of the table in the page's tables, if extracted; absent
 *     otherwise
 */
public record OcrBlock(
    @Nullable OcrBlockType type,
    @JsonProperty("top_left_x") Integer topLeftX,
    @JsonProperty("top_left_y") Integer topLeftY,
    @JsonProperty("bottom_right_x") Integer bottomRightX,
    @JsonProperty("bottom_right_y") Integer bottomRightY,
    String content,
    @JsonProperty("image_id") @Nullable String imageId,
    @JsonProperty("table_id") @Nullable String tableId) {}
