/**
 * What the job APIs (fine-tuning and batch) share: the status of a job, the backoff between polls
 * while waiting for one, and the exception for a wait that ran out.
 */
@NullMarked
package io.github.mistralspring.client.jobs;

import org.jspecify.annotations.NullMarked;
