/**
 * The one page type of every paged list operation ({@code files().list(..)}, {@code
 * fineTuning().list(..)}, {@code batch().list(..)}, {@code beta().agents().list(..)}, {@code
 * beta().conversations().list(..)}); each of them also has a lazy {@code listAll(..)} that fetches
 * the following pages as they are consumed.
 */
@NullMarked
package io.github.mistralspring.client.paging;

import org.jspecify.annotations.NullMarked;
