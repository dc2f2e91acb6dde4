// Drives Mistral's official TypeScript SDK against the simulator at process.argv[2] (started with
// java -jar by TsSdkCheck): every operation of the seed specification that the SDK offers,
// streams included, then the control API (a scripted tool call, a 429 the SDK retries, a cut
// stream the SDK reports). Each step is reported; any failure exits non-zero.
import { Mistral } from "@mistralai/mistralai";
import assert from "node:assert/strict";

const serverURL = process.argv[2];
if (!serverURL) {
  console.error("Usage: node check.mjs <simulator base URL>");
  process.exit(2);
}
const client = new Mistral({ apiKey: "ts-sdk-key", serverURL });
const retrying = new Mistral({
  apiKey: "ts-sdk-key",
  serverURL,
  retryConfig: {
    strategy: "backoff",
    backoff: { initialInterval: 50, maxInterval: 2000, exponent: 1.5, maxElapsedTime: 20000 },
    retryConnectionErrors: true,
  },
});

// The seed operations the SDK 2.x offers (40 operations, 43 methods: chat, FIM and agents have a
// stream method each). The SDK has no fine-tuning job operations: those 5 are driven over plain
// HTTP below, which also makes the fine-tuned model the models operations need.
const SDK_OPERATIONS = [
  "chat.complete", "chat.stream", "fim.complete", "fim.stream", "agents.complete",
  "agents.stream", "embeddings.create", "classifiers.moderate", "classifiers.moderateChat",
  "classifiers.classify", "classifiers.classifyChat", "ocr.process", "models.list",
  "models.retrieve", "models.update", "models.archive", "models.unarchive", "models.delete",
  "files.upload", "files.list", "files.retrieve", "files.download", "files.getSignedUrl",
  "files.delete", "batch.jobs.list", "batch.jobs.create", "batch.jobs.get", "batch.jobs.cancel",
  "beta.agents.create", "beta.agents.list", "beta.agents.get", "beta.agents.update",
  "beta.agents.updateVersion", "beta.conversations.start", "beta.conversations.list",
  "beta.conversations.get", "beta.conversations.append", "beta.conversations.getHistory",
  "beta.conversations.getMessages", "beta.conversations.restart",
  "beta.conversations.startStream", "beta.conversations.appendStream",
  "beta.conversations.restartStream",
];
const covered = new Set();
const failures = [];

async function step(name, body) {
  try {
    await body();
    console.log(`  ok    ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`  FAIL  ${name}: ${error?.stack ?? error}`);
  }
}

function use(...operations) {
  operations.forEach((operation) => covered.add(operation));
}

async function control(method, path, body) {
  const response = await fetch(`${serverURL}/__mistral${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  assert.ok(response.ok, `control ${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function api(method, path, body) {
  const response = await fetch(`${serverURL}${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: "Bearer ts-sdk-key" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${answer}`);
  return JSON.parse(answer);
}

async function text(stream) {
  const chunks = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  }
  return Buffer.concat(chunks).toString("utf8");
}

function cosine(a, b) {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Get the current weather for a city.",
    parameters: {
      type: "object",
      properties: { city: { type: "string" } },
      required: ["city"],
      additionalProperties: false,
    },
  },
};

await control("POST", "/reset");
console.log(`TypeScript SDK against the simulator at ${serverURL}`);

// ---- completions

await step("chat.complete answers with usage and cached-token details", async () => {
  const chat = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "How do I cross the street?" }],
  });
  use("chat.complete");
  assert.equal(chat.choices[0].message.role, "assistant");
  assert.ok(chat.choices[0].message.content.length > 0);
  assert.equal(chat.usage.totalTokens, chat.usage.promptTokens + chat.usage.completionTokens);
  // The SDK keeps fields it does not model under their wire names.
  assert.equal(chat.usage.prompt_tokens_details?.cached_tokens, 0);
});

await step("chat.stream sends the role first, tokens, usage last", async () => {
  let streamed = "";
  let sawUsage = false;
  let events = 0;
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Count to three" }],
  });
  use("chat.stream");
  for await (const event of stream) {
    events++;
    streamed += event.data.choices[0]?.delta?.content ?? "";
    sawUsage ||= Boolean(event.data.usage);
  }
  assert.ok(events > 3, `only ${events} events`);
  assert.ok(streamed.length > 0);
  assert.ok(sawUsage, "the last chunk carries usage");
});

await step("chat.complete honours stop, n and temperature 0", async () => {
  const two = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Name a colour" }],
    n: 2,
  });
  assert.equal(two.choices.length, 2);
  assert.notEqual(two.choices[0].message.content, two.choices[1].message.content);
  const greedy = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Name a colour" }],
    n: 2,
    temperature: 0,
  });
  assert.equal(greedy.choices[0].message.content, greedy.choices[1].message.content);
  const stopped = await client.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Name a colour" }],
    stop: ["colour"],
  });
  assert.ok(!stopped.choices[0].message.content.includes("colour"));
});

await step("chat.complete calls a tool the prompt asks for (tool_choice auto)", async () => {
  const chat = await client.chat.complete({
    model: "mistral-large-latest",
    messages: [{ role: "user", content: "What's the weather in Paris?" }],
    tools: [weatherTool],
    toolChoice: "auto",
  });
  const call = chat.choices[0].message.toolCalls?.[0];
  assert.equal(chat.choices[0].finishReason, "tool_calls");
  assert.equal(call?.function.name, "get_weather");
  assert.deepEqual(JSON.parse(call.function.arguments), { city: "Paris" });
  const answer = await client.chat.complete({
    model: "mistral-large-latest",
    messages: [
      { role: "user", content: "What's the weather in Paris?" },
      { role: "assistant", content: "", toolCalls: [call] },
      { role: "tool", toolCallId: call.id, name: "get_weather", content: "Sunny, 22C in Paris" },
    ],
    tools: [weatherTool],
  });
  assert.match(answer.choices[0].message.content, /Sunny, 22C in Paris/);
});

await step("fim.complete and fim.stream fill in the middle", async () => {
  const fim = await client.fim.complete({
    model: "codestral-latest",
    prompt: "int add(int a, int b) {\n  ",
    suffix: "\n}",
  });
  use("fim.complete");
  assert.ok(fim.choices[0].message.content.length > 0);
  let streamed = "";
  const stream = await client.fim.stream({
    model: "codestral-latest",
    prompt: "int add(int a, int b) {\n  ",
    suffix: "\n}",
  });
  use("fim.stream");
  for await (const event of stream) {
    streamed += event.data.choices[0]?.delta?.content ?? "";
  }
  assert.equal(streamed, fim.choices[0].message.content);
});

// ---- embeddings, classifiers, OCR

await step("embeddings.create gives dense vectors whose similarity makes sense", async () => {
  const embeddings = await client.embeddings.create({
    model: "mistral-embed",
    inputs: ["a cat", "a kitten", "tax law"],
  });
  use("embeddings.create");
  assert.equal(embeddings.data.length, 3);
  const [cat, kitten, tax] = embeddings.data.map((item) => item.embedding);
  assert.equal(cat.length, 1024);
  assert.ok(cat.filter((value) => value !== 0).length > 1000, "dense, not sparse");
  assert.ok(cosine(cat, kitten) > cosine(cat, tax) + 0.3, "a cat is nearer a kitten than tax law");
});

await step("classifiers moderate texts and conversations", async () => {
  const texts = await client.classifiers.moderate({
    model: "mistral-moderation-latest",
    inputs: ["I will attack you", "Nice weather"],
  });
  use("classifiers.moderate");
  assert.equal(texts.results[0].categories.violence_and_threats, true);
  const chat = await client.classifiers.moderateChat({
    model: "mistral-moderation-latest",
    inputs: [{ role: "user", content: "How do I bake bread?" }],
  });
  use("classifiers.moderateChat");
  assert.equal(chat.results.length, 1);
});

await step("classifiers classify with a model added over the control API", async () => {
  await control("POST", "/models", { id: "ft:classifier:sentiment" });
  const texts = await client.classifiers.classify({
    model: "ft:classifier:sentiment",
    inputs: ["I love it", "This is awful"],
  });
  use("classifiers.classify");
  assert.equal(texts.results.length, 2);
  const chat = await client.classifiers.classifyChat({
    model: "ft:classifier:sentiment",
    input: { messages: [{ role: "user", content: "Great!" }] },
  });
  use("classifiers.classifyChat");
  assert.equal(chat.results.length, 1);
});

await step("ocr.process reads each page of a document", async () => {
  const text = "Hello OCR\n".repeat(120);
  const ocr = await client.ocr.process({
    model: "mistral-ocr-latest",
    document: {
      type: "document_url",
      documentUrl: "data:text/plain;base64," + Buffer.from(text).toString("base64"),
    },
  });
  use("ocr.process");
  assert.equal(ocr.pages.length, 3);
  assert.equal(ocr.usageInfo.pagesProcessed, 3);
});

// ---- files, fine-tuned models, batch

let trainingFile;
await step("files upload, list, retrieve, download, signed URL", async () => {
  const lines = [
    { messages: [{ role: "user", content: "Hi" }, { role: "assistant", content: "Hello!" }] },
    { messages: [{ role: "user", content: "Bye" }, { role: "assistant", content: "See you!" }] },
  ];
  const content = lines.map((line) => JSON.stringify(line)).join("\n");
  trainingFile = await client.files.upload({
    file: { fileName: "training.jsonl", content: new TextEncoder().encode(content) },
    purpose: "fine-tune",
  });
  use("files.upload");
  assert.equal(trainingFile.numLines, 2);
  assert.equal(trainingFile.sampleType, "instruct");
  const list = await client.files.list();
  use("files.list");
  assert.equal(list.data[0].id, trainingFile.id);
  const retrieved = await client.files.retrieve({ fileId: trainingFile.id });
  use("files.retrieve");
  assert.equal(retrieved.filename, "training.jsonl");
  const downloaded = await text(await client.files.download({ fileId: trainingFile.id }));
  use("files.download");
  assert.equal(downloaded, content);
  const signed = await client.files.getSignedUrl({ fileId: trainingFile.id });
  use("files.getSignedUrl");
  assert.equal(await (await fetch(signed.url)).text(), content);
});

await step("models list, retrieve, update, archive, unarchive, delete a fine-tuned model", async () => {
  const list = await client.models.list();
  use("models.list");
  assert.ok(list.data.some((card) => card.id === "mistral-small-latest"));
  const card = await client.models.retrieve({ modelId: "mistral-small-latest" });
  use("models.retrieve");
  assert.equal(card.id, "mistral-small-latest");
  // The SDK has no fine-tuning job operations: the job that makes the model goes over HTTP.
  let job = await api("POST", "/v1/fine_tuning/jobs", {
    model: "open-mistral-nemo",
    training_files: [{ file_id: trainingFile.id, weight: 1 }],
    hyperparameters: { training_steps: 10, learning_rate: 0.0001 },
    suffix: "ts",
  });
  for (let i = 0; i < 10 && job.status !== "SUCCESS"; i++) {
    job = await api("GET", `/v1/fine_tuning/jobs/${job.id}`);
  }
  assert.equal(job.status, "SUCCESS");
  let waiting = await api("POST", "/v1/fine_tuning/jobs", {
    model: "open-mistral-nemo",
    training_files: [{ file_id: trainingFile.id, weight: 1 }],
    hyperparameters: { training_steps: 10 },
    auto_start: false,
  });
  for (let i = 0; i < 5 && waiting.status !== "VALIDATED"; i++) {
    waiting = await api("GET", `/v1/fine_tuning/jobs/${waiting.id}`);
  }
  assert.equal(waiting.status, "VALIDATED");
  assert.equal((await api("POST", `/v1/fine_tuning/jobs/${waiting.id}/start`)).status, "QUEUED");
  const cancelled = await api("POST", `/v1/fine_tuning/jobs/${waiting.id}/cancel`);
  assert.equal(cancelled.status, "CANCELLATION_REQUESTED");
  const jobs = await api("GET", "/v1/fine_tuning/jobs");
  assert.deepEqual(jobs.data.map((item) => item.id), [waiting.id, job.id], "newest first");
  const modelId = job.fine_tuned_model;
  const updated = await client.models.update({
    modelId,
    updateModelRequest: { name: "Renamed", description: "From the TypeScript SDK" },
  });
  use("models.update");
  assert.equal(updated.name, "Renamed");
  assert.equal((await client.models.archive({ modelId })).archived, true);
  use("models.archive");
  assert.equal((await client.models.unarchive({ modelId })).archived, false);
  use("models.unarchive");
  assert.equal((await client.models.delete({ modelId })).deleted, true);
  use("models.delete");
});

await step("batch jobs create, list, get to success, cancel", async () => {
  const requests = [
    { custom_id: "0", body: { messages: [{ role: "user", content: "Hi" }] } },
    { custom_id: "1", body: { messages: [{ role: "user", content: "Bye" }] } },
  ];
  const input = await client.files.upload({
    file: {
      fileName: "batch.jsonl",
      content: new TextEncoder().encode(requests.map((r) => JSON.stringify(r)).join("\n")),
    },
    purpose: "batch",
  });
  let job = await client.batch.jobs.create({
    inputFiles: [input.id],
    endpoint: "/v1/chat/completions",
    model: "mistral-small-latest",
  });
  use("batch.jobs.create");
  assert.equal(job.totalRequests, 2);
  const other = await client.batch.jobs.create({
    inputFiles: [input.id],
    endpoint: "/v1/chat/completions",
    model: "mistral-small-latest",
  });
  const list = await client.batch.jobs.list();
  use("batch.jobs.list");
  assert.deepEqual(
    list.data.map((item) => item.id),
    [other.id, job.id],
    "newest first",
  );
  for (let i = 0; i < 5 && job.status !== "SUCCESS"; i++) {
    job = await client.batch.jobs.get({ jobId: job.id });
  }
  use("batch.jobs.get");
  assert.equal(job.status, "SUCCESS");
  const results = await text(await client.files.download({ fileId: job.outputFile }));
  assert.equal(results.trim().split("\n").length, 2);
  const cancelled = await client.batch.jobs.cancel({ jobId: other.id });
  use("batch.jobs.cancel");
  assert.equal(cancelled.status, "CANCELLATION_REQUESTED");
  assert.equal((await client.files.delete({ fileId: input.id })).deleted, true);
  use("files.delete");
});

// ---- agents and conversations

let agent;
await step("beta.agents create, list, get, update, updateVersion", async () => {
  agent = await client.beta.agents.create({
    model: "mistral-medium-latest",
    name: "Weather agent",
    instructions: "Answer in one sentence.",
    tools: [weatherTool],
  });
  use("beta.agents.create");
  assert.equal(agent.version, 0);
  const list = await client.beta.agents.list();
  use("beta.agents.list");
  assert.equal(list[0].id, agent.id);
  assert.equal((await client.beta.agents.get({ agentId: agent.id })).name, "Weather agent");
  use("beta.agents.get");
  const updated = await client.beta.agents.update({
    agentId: agent.id,
    updateAgentRequest: { description: "Now described" },
  });
  use("beta.agents.update");
  assert.equal(updated.version, 1);
  const back = await client.beta.agents.updateVersion({ agentId: agent.id, version: 0 });
  use("beta.agents.updateVersion");
  assert.equal(back.version, 0);
});

await step("agents.complete and agents.stream use the agent's own tools", async () => {
  const completion = await client.agents.complete({
    agentId: agent.id,
    messages: [{ role: "user", content: "What's the weather in Lyon?" }],
  });
  use("agents.complete");
  const call = completion.choices[0].message.toolCalls?.[0];
  assert.equal(call?.function.name, "get_weather");
  assert.deepEqual(JSON.parse(call.function.arguments), { city: "Lyon" });
  let streamed = "";
  const stream = await client.agents.stream({
    agentId: agent.id,
    messages: [{ role: "user", content: "Say hello" }],
  });
  use("agents.stream");
  for await (const event of stream) {
    streamed += event.data.choices[0]?.delta?.content ?? "";
  }
  assert.ok(streamed.length > 0);
});

await step("beta.conversations start, append, history, messages, restart, list, get", async () => {
  const started = await client.beta.conversations.start({
    model: "mistral-medium-latest",
    inputs: "Hello there",
  });
  use("beta.conversations.start");
  const id = started.conversationId;
  const appended = await client.beta.conversations.append({
    conversationId: id,
    conversationAppendRequest: { inputs: "And then?" },
  });
  use("beta.conversations.append");
  assert.equal(appended.outputs.length, 1);
  const history = await client.beta.conversations.getHistory({ conversationId: id });
  use("beta.conversations.getHistory");
  assert.equal(history.entries.length, 4);
  const messages = await client.beta.conversations.getMessages({ conversationId: id });
  use("beta.conversations.getMessages");
  assert.equal(messages.messages.length, 4);
  const restarted = await client.beta.conversations.restart({
    conversationId: id,
    conversationRestartRequest: { inputs: "Start over", fromEntryId: history.entries[1].id },
  });
  use("beta.conversations.restart");
  assert.notEqual(restarted.conversationId, id);
  const list = await client.beta.conversations.list();
  use("beta.conversations.list");
  assert.equal(list[0].id, restarted.conversationId, "newest first");
  assert.equal((await client.beta.conversations.get({ conversationId: id })).id, id);
  use("beta.conversations.get");
});

await step("beta.conversations streams: start, append, restart", async () => {
  async function collect(stream) {
    let answer = "";
    const types = [];
    for await (const event of stream) {
      types.push(event.data.type);
      if (event.data.type === "message.output.delta") {
        answer += typeof event.data.content === "string" ? event.data.content : "";
      }
    }
    assert.equal(types[0], "conversation.response.started");
    assert.equal(types.at(-1), "conversation.response.done");
    return answer;
  }
  const started = await client.beta.conversations.startStream({
    agentId: agent.id,
    inputs: "Tell me a fact",
  });
  use("beta.conversations.startStream");
  assert.ok((await collect(started)).length > 0);
  const list = await client.beta.conversations.list();
  const id = list[0].id;
  const appended = await client.beta.conversations.appendStream({
    conversationId: id,
    conversationAppendStreamRequest: { inputs: "Another one" },
  });
  use("beta.conversations.appendStream");
  assert.ok((await collect(appended)).length > 0);
  const history = await client.beta.conversations.getHistory({ conversationId: id });
  const restarted = await client.beta.conversations.restartStream({
    conversationId: id,
    conversationRestartStreamRequest: { inputs: "Again", fromEntryId: history.entries[0].id },
  });
  use("beta.conversations.restartStream");
  assert.ok((await collect(restarted)).length > 0);
});

// ---- what the API refuses

await step("an unknown model is a 400 invalid_model, empty messages a 422", async () => {
  await assert.rejects(
    client.chat.complete({ model: "nope", messages: [{ role: "user", content: "x" }] }),
    (error) => error.statusCode === 400 && /Invalid model: nope/.test(error.body),
  );
  await assert.rejects(
    client.chat.complete({ model: "mistral-small-latest", messages: [] }),
    (error) => error.statusCode === 422 && /too_short/.test(error.body ?? error.message),
  );
});

// ---- the control API

await step("control API: a scripted tool call reaches the SDK", async () => {
  await control("POST", "/responses", {
    type: "tool_calls",
    calls: [{ name: "get_weather", arguments: { city: "Oslo" } }],
  });
  const chat = await client.chat.complete({
    model: "mistral-large-latest",
    messages: [{ role: "user", content: "Anything" }],
    tools: [weatherTool],
  });
  const call = chat.choices[0].message.toolCalls[0];
  assert.equal(call.function.name, "get_weather");
  assert.deepEqual(JSON.parse(call.function.arguments), { city: "Oslo" });
});

await step("control API: a 429 with Retry-After that the SDK retries", async () => {
  const before = (await control("GET", "/requests")).count;
  await control("POST", "/responses", { type: "rate_limited", retry_after: 1 });
  const started = Date.now();
  const chat = await retrying.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Still there?" }],
  });
  assert.ok(chat.choices[0].message.content.length > 0);
  assert.ok(Date.now() - started >= 900, "waited for Retry-After");
  const recorded = await control("GET", "/requests");
  assert.equal(recorded.count - before, 2, "the first try and the retry");
  assert.deepEqual(recorded.requests.at(-1).headers.authorization, ["Bearer [redacted]"]);
});

await step("control API: a cut stream the SDK reports", async () => {
  await control("POST", "/responses", {
    type: "answer",
    text: "one two three four five six",
    cut_after: 3,
  });
  const stream = await client.chat.stream({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: "Count" }],
  });
  let events = 0;
  await assert.rejects(async () => {
    for await (const event of stream) {
      events++;
      assert.ok(event.data);
    }
  });
  assert.equal(events, 3);
});

await step("control API: the same seed gives the same ids and timestamps", async () => {
  async function run() {
    await control("POST", "/reset");
    const first = await client.chat.complete({
      model: "mistral-small-latest",
      messages: [{ role: "user", content: "Same?" }],
    });
    const file = await client.files.upload({
      file: { fileName: "a.txt", content: new TextEncoder().encode("a") },
      purpose: "ocr",
    });
    return [first.id, first.created, file.id, file.createdAt];
  }
  const health = await control("GET", "/health");
  assert.notEqual(health.seed, null, "the check starts the jar with --seed");
  assert.deepEqual(await run(), await run());
});

const missing = SDK_OPERATIONS.filter((operation) => !covered.has(operation));
if (missing.length > 0) {
  failures.push("coverage");
  console.log(`  FAIL  operations not driven: ${missing.join(", ")}`);
}
console.log(
  `TypeScript SDK check: ${covered.size} of ${SDK_OPERATIONS.length} SDK operations driven, ` +
    `${failures.length} failure(s)`,
);
process.exit(failures.length === 0 ? 0 : 1);
