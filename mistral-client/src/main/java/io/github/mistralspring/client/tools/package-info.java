/**
 * Tools written in Java: a {@link io.github.mistralspring.client.tools.LocalTool} built from a
 * function over a record or from a method, with its parameter schema generated from the Java types,
 * the options of the loop that runs them ({@code chat().runTools}), and that loop's errors.
 */
@NullMarked
package io.github.mistralspring.client.tools;

import org.jspecify.annotations.NullMarked;
