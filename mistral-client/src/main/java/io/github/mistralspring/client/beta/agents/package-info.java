/**
 * The beta Agents API: create, list, describe and update agents — a model with instructions, tools
 * and hand-offs that conversations can be started with.
 */
package io.github.mistralspring.client.beta.agents;
