/**
 * The fine-tuning jobs API, and what the job APIs share: {@link
 * io.github.mistralspring.client.finetuning.JobStatus}, polling with backoff until a job ends, and
 * {@link io.github.mistralspring.client.finetuning.JobTimeoutException}.
 */
package io.github.mistralspring.client.finetuning;
