/**
 * The fine-tuning jobs API: create, dry-run, list, retrieve, start, cancel and wait for jobs that
 * train a model on uploaded files.
 */
@NullMarked
package io.github.mistralspring.client.finetuning;

import org.jspecify.annotations.NullMarked;
