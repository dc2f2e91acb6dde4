// Drives the official TypeScript SDK against the simulator at process.argv[2]: chat, streaming
// chat and embeddings must succeed, or the process exits non-zero.
import { Mistral } from "@mistralai/mistralai";
import assert from "node:assert/strict";

const serverURL = process.argv[2];
const client = new Mistral({ apiKey: "ts-sdk-key", serverURL });

const chat = await client.chat.complete({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "How do I cross the street?" }],
});
assert.equal(chat.choices[0].message.role, "assistant");
assert.ok(chat.choices[0].message.content.length > 0);
assert.ok(chat.usage.totalTokens > 0);

let streamed = "";
let sawUsage = false;
const stream = await client.chat.stream({
  model: "mistral-small-latest",
  messages: [{ role: "user", content: "Count to three" }],
});
for await (const event of stream) {
  streamed += event.data.choices[0]?.delta?.content ?? "";
  sawUsage ||= Boolean(event.data.usage);
}
assert.ok(streamed.length > 0);
assert.ok(sawUsage, "the last chunk carries usage");

const embeddings = await client.embeddings.create({
  model: "mistral-embed",
  inputs: ["The cat sat on the mat", "Quarterly revenue"],
});
assert.equal(embeddings.data.length, 2);
assert.equal(embeddings.data[0].embedding.length, 1024);

console.log("TypeScript SDK against the simulator: chat, streaming chat and embeddings OK");
