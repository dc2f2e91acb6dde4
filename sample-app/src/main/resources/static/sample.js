// The sample page's script: plain browser JavaScript, no build step and nothing fetched from
// elsewhere. Each card sets data-state (idle, busy or streaming, done, failed) as it goes.
'use strict';

const $ = (id) => document.getElementById(id);

// --- failures: every failure is shown with its reason, whatever shape it came in

// A failure as the page shows it: an HTTP status (0 when there was none), a title and the reason.
class Failure extends Error {
  constructor(status, title, detail) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

// Reads the reason out of an error answer: a problem detail (title, detail), an API error
// (message), or any other text, cut short.
function failureOf(status, body) {
  if (body && typeof body === 'object') {
    return new Failure(body.status || status, body.title || body.error || 'HTTP ' + status,
      body.detail || body.message || '');
  }
  const text = String(body || '').trim();
  return new Failure(status, 'HTTP ' + status, text.length > 300 ? text.slice(0, 300) + '…' : text);
}

async function readBody(response) {
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : response.text();
}

// Fetches and answers the JSON body; any status other than 2xx throws a Failure with its reason.
async function call(url, options) {
  let response;
  try {
    response = await fetch(url, options);
  } catch (error) {
    throw new Failure(0, 'The application could not be reached', error.message);
  }
  const body = await readBody(response);
  if (!response.ok) {
    throw failureOf(response.status, body);
  }
  return body;
}

function postJson(url, body) {
  return call(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
}

function showError(element, failure) {
  element.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = (failure.status ? failure.status + ' ' : '') + (failure.title || 'Failed') + ':';
  element.append(title, ' ' + (failure.detail || failure.message || 'no reason given'));
  element.hidden = false;
}

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.assign(element, attributes || {});
  element.append(...children);
  return element;
}

// --- the banner: which Mistral answers

async function loadBackend() {
  const banner = $('backend');
  try {
    const backend = await call('/api/backend');
    $('backend-name').textContent = backend.simulator ? 'Simulator' : backend.backend;
    $('backend-summary').textContent = backend.summary;
    banner.dataset.simulator = String(backend.simulator);
    banner.dataset.state = 'ready';
  } catch (failure) {
    $('backend-name').textContent = 'Unknown';
    $('backend-summary').textContent = 'Could not tell which Mistral answers: ' + failure.message;
    banner.dataset.state = 'failed';
  }
}

// --- chat: the answer is read from the event stream piece by piece, and shown as it arrives

// Splits the text of a server-sent event stream into events as they complete; returns the
// rest, the start of an event still to come.
function takeEvents(buffer, onEvent) {
  let end;
  while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
    let name = 'message';
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) onEvent(name, data.join('\n'));
  }
  return buffer;
}

let chatAbort = null;

async function ask(form) {
  const card = $('chat-card');
  const answer = $('chat-answer');
  const meta = $('chat-meta');
  const errorBox = $('chat-error');
  answer.replaceChildren();
  meta.textContent = '';
  errorBox.hidden = true;
  card.dataset.state = 'streaming';
  chatAbort = new AbortController();
  $('chat-stop').disabled = false;

  const started = performance.now();
  let firstPiece = null;
  let pieces = 0;
  let ended = false;
  const query = new URLSearchParams({ prompt: form.prompt.value });
  if (form.model.value.trim()) query.set('model', form.model.value.trim());

  try {
    let response;
    try {
      response = await fetch('/api/chat/stream?' + query, {
        headers: { Accept: 'text/event-stream' },
        signal: chatAbort.signal,
      });
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      throw new Failure(0, 'The application could not be reached', error.message);
    }
    // Refused before the answer began: the reason is in the problem the server answered.
    if (!response.ok) {
      throw failureOf(response.status, await readBody(response));
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    while (!ended) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer = takeEvents(buffer + value, (name, data) => {
        const event = JSON.parse(data);
        if (name === 'delta') {
          firstPiece = firstPiece ?? performance.now();
          pieces++;
          answer.append(event.text);
        } else if (name === 'done') {
          ended = true;
          const usage = event.usage ? event.usage.totalTokens + ' tokens · ' : '';
          meta.textContent = event.model + ' · ' + usage + pieces + ' pieces · first after '
            + Math.round(firstPiece - started) + ' ms · all after '
            + Math.round(performance.now() - started) + ' ms';
          card.dataset.state = 'done';
        } else if (name === 'error') {
          // Failed after it began: the server ends the stream with an event that says why.
          throw new Failure(event.status, event.title, event.detail);
        }
      });
    }
    if (!ended) {
      throw new Failure(0, 'The stream ended early', 'The connection closed before the answer was complete.');
    }
  } catch (failure) {
    if (failure.name === 'AbortError') {
      meta.textContent = 'Stopped after ' + pieces + ' pieces.';
      card.dataset.state = 'done';
    } else {
      showError(errorBox, failure);
      card.dataset.state = 'failed';
    }
  } finally {
    $('chat-stop').disabled = true;
    chatAbort = null;
  }
}

// --- embeddings: a table of the cosine similarity of each two texts

function similarityColour(value) {
  // From a pale grey (unrelated) to the accent (the same meaning).
  const strength = Math.max(0, Math.min(1, value));
  return 'hsl(18 ' + Math.round(20 + 75 * strength) + '% ' + Math.round(96 - 36 * strength) + '%)';
}

function showSimilarities(result) {
  const out = $('embed-out');
  const texts = result.texts;
  const table = el('table', { className: 'similarity' });
  const head = el('tr', {}, el('th'));
  texts.forEach((_, i) => head.append(el('th', { title: texts[i] }, String(i + 1))));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  texts.forEach((text, i) => {
    const row = el('tr', {}, el('th', { className: 'text' }, (i + 1) + '. ' + text));
    result.similarities[i].forEach((value) => {
      const cell = el('td', {}, value.toFixed(2));
      cell.style.background = similarityColour(value);
      if (value > 0.75) cell.style.color = '#fff';
      row.append(cell);
    });
    body.append(row);
  });
  table.append(body);
  out.replaceChildren(table);

  if (texts.length >= 2) {
    let best = null;
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const value = result.similarities[i][j];
        if (!best || value > best.value) best = { i, j, value };
      }
    }
    out.append(el('p', { className: 'verdict' }, 'Closest in meaning: ', el('strong', {},
      (best.i + 1) + ' and ' + (best.j + 1)), ' (cosine similarity ' + best.value.toFixed(2) + ').'));
  }
  $('embed-meta').textContent = result.model + ' · ' + result.dimension + ' dimensions'
    + (result.usage ? ' · ' + result.usage.totalTokens + ' tokens' : '');
}

// --- moderation: each category's score as a bar, the flagged ones in red

function showModeration(result) {
  const out = $('moderate-out');
  const badge = el('span', { className: 'chip badge ' + (result.flagged ? 'down' : 'up') },
    result.flagged ? 'Flagged: ' + result.flaggedCategories.join(', ') : 'Not flagged');
  const bars = el('div', { className: 'bars' });
  Object.entries(result.scores)
    .sort((a, b) => b[1] - a[1])
    .forEach(([category, score]) => {
      const fill = el('div', { className: 'fill' });
      fill.style.width = (100 * score).toFixed(1) + '%';
      const flagged = result.flaggedCategories.includes(category);
      bars.append(el('div', { className: 'bar' + (flagged ? ' flagged' : '') },
        el('span', {}, category.replaceAll('_', ' ')),
        el('div', { className: 'track' }, fill),
        el('span', { className: 'score' }, score.toFixed(2))));
    });
  out.replaceChildren(badge, bars);
}

// --- OCR: each page's markdown

function showPages(result) {
  const out = $('ocr-out');
  out.replaceChildren(...result.pages.map((page) =>
    el('div', { className: 'page' }, el('h3', {}, 'Page ' + (page.index + 1)), el('pre', {}, page.markdown))));
  out.append(el('p', { className: 'meta' }, result.model + ' · ' + result.pages.length + ' page(s)'));
}

// --- transcription: the transcript, sentence by sentence with when each is said

// A mono 16-bit WAV file of a tone, for trying the card without a recording at hand.
function toneWav(seconds) {
  const rate = 16000;
  const samples = rate * seconds;
  const view = new DataView(new ArrayBuffer(44 + 2 * samples));
  const ascii = (offset, text) => [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  ascii(0, 'RIFF'); view.setUint32(4, 36 + 2 * samples, true); ascii(8, 'WAVE');
  ascii(12, 'fmt '); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
  view.setUint32(24, rate, true); view.setUint32(28, 2 * rate, true); view.setUint16(32, 2, true);
  view.setUint16(34, 16, true); ascii(36, 'data'); view.setUint32(40, 2 * samples, true);
  for (let i = 0; i < samples; i++) {
    view.setInt16(44 + 2 * i, Math.round(8000 * Math.sin(2 * Math.PI * 440 * i / rate)), true);
  }
  return new Blob([view], { type: 'audio/wav' });
}

function transcriptionForm(form) {
  const data = new FormData();
  const chosen = form.file.files[0];
  if (chosen) data.append('file', chosen, chosen.name);
  else data.append('file', toneWav(3), 'tone.wav');
  if (form.language.value.trim()) data.append('language', form.language.value.trim());
  return data;
}

function showTranscript(result) {
  const out = $('transcribe-out');
  const clock = (seconds) => Math.floor(seconds / 60) + ':' + String(Math.floor(seconds % 60)).padStart(2, '0');
  const lines = (result.segments || []).map((segment) =>
    el('div', { className: 'segment' }, el('span', { className: 'chip' }, clock(segment.start)),
      el('span', {}, segment.text.trim())));
  out.replaceChildren(...(lines.length ? lines : [el('p', {}, result.text)]));
  $('transcribe-meta').textContent = [result.model, result.language,
    result.audioSeconds == null ? null : result.audioSeconds + ' s of audio'].filter((x) => x).join(' · ');
}

// --- health: the application's, with the Mistral indicator's details

async function loadHealth() {
  const card = $('health-card');
  const status = $('health-status');
  const details = $('health-details');
  const errorBox = $('health-error');
  card.dataset.state = 'busy';
  errorBox.hidden = true;
  let health;
  try {
    const response = await fetch('/actuator/health', { headers: { Accept: 'application/json' } });
    health = await readBody(response);
    // DOWN answers 503 with the same body: show it rather than an error.
    if (!health || typeof health !== 'object' || !health.status) throw failureOf(response.status, health);
  } catch (failure) {
    status.textContent = 'UNKNOWN';
    status.className = 'chip down';
    showError(errorBox, failure instanceof Failure ? failure : new Failure(0, 'No answer', failure.message));
    card.dataset.state = 'failed';
    return;
  }
  status.textContent = health.status;
  status.className = 'chip ' + (health.status === 'UP' ? 'up' : 'down');
  const mistral = (health.components || {}).mistral;
  const rows = [];
  if (mistral) {
    rows.push(['Mistral', mistral.status]);
    for (const [name, value] of Object.entries(mistral.details || {})) rows.push([name, String(value)]);
  } else {
    rows.push(['Mistral', 'no indicator (management.endpoint.health.show-details)']);
  }
  details.replaceChildren(...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
  card.dataset.state = 'done';
}

// --- the forms

// Runs a card's form: posts its JSON (or its FormData, as multipart), then shows the answer, or
// the failure with its reason.
function onSubmit(id, endpoint, bodyOf, show) {
  $(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    const card = $(id + '-card');
    const errorBox = $(id + '-error');
    const button = event.target.querySelector('button[type=submit]');
    card.dataset.state = 'busy';
    errorBox.hidden = true;
    button.disabled = true;
    try {
      const body = bodyOf(event.target);
      show(await (body instanceof FormData
        ? call(endpoint, { method: 'POST', headers: { Accept: 'application/json' }, body })
        : postJson(endpoint, body)));
      card.dataset.state = 'done';
    } catch (failure) {
      showError(errorBox, failure);
      card.dataset.state = 'failed';
    } finally {
      button.disabled = false;
    }
  });
}

$('chat').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!chatAbort) ask(event.target);
});
$('chat-stop').addEventListener('click', () => chatAbort && chatAbort.abort());
onSubmit('embed', '/api/embed',
  (form) => ({ texts: form.texts.value.split('\n').map((t) => t.trim()).filter((t) => t) }),
  showSimilarities);
onSubmit('moderate', '/api/moderate', (form) => ({ text: form.text.value }), showModeration);
onSubmit('ocr', '/api/ocr', (form) => ({ url: form.url.value }), showPages);
onSubmit('transcribe', '/api/transcribe', transcriptionForm, showTranscript);
$('health-refresh').addEventListener('click', loadHealth);

loadBackend();
loadHealth();
