/**
 * The JSON mapper the client reads and writes with: its own, so that an application's settings
 * never change what is sent to the API.
 */
@NullMarked
package io.github.mistralspring.client.json;

import org.jspecify.annotations.NullMarked;
