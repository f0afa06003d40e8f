'use strict';
// Telegram Bot API emulator for CareerBot's end-to-end tests.
//
// Wraps telegram-test-api 4.2.1 (npm) and patches what the real bot needs (see the team's PLATFORMS.md §6):
//   - getUpdates honours `offset` (confirmation) and `timeout` (long polling), like Telegram; the package
//     hands each update out once and ignores both, which would hide lost or duplicated updates after a crash.
//   - sendMessage / editMessageText answer with `date` in seconds (the package uses milliseconds).
//   - answerCallbackQuery answers `true` (the package answers null).
//   - setMyCommands, getChatMember and other calls the bot makes are stubbed.
//   - sendPhoto (which the package lacks) takes an upload as Telegram does: multipart/form-data, the photo either
//     as a file part named in the `photo` field ("attach://<part>", as Telegram.Bot sends it) or as a part named
//     `photo`; caption ≤ 1024 characters and an image that reads as PNG (else Telegram's 400s). The bot message
//     keeps caption, reply_markup and the photo's size, width and height (from the PNG header), readable through
//     /harness/bot-messages; editMessageCaption marks a pressed button under it.
//   - setWebhook / deleteWebhook / getWebhookInfo keep the bot's webhook (url, secret_token, allowed_updates,
//     max_connections); while one is set getUpdates answers 409, as Telegram does. Telegram's push is emulated when a
//     test names where to deliver (POST /harness/webhook-target: the public https URL is not reachable here): pending
//     updates are POSTed there with X-Telegram-Bot-Api-Secret-Token, a chat's next update only after a 2xx for the one
//     before, at most max_connections at once, and retried after a non-2xx answer.
//   - inline mode, which the package lacks: a test injects inline_query and chosen_inline_result updates (in the Bot
//     API's shape, delivered only when the bot's allowed_updates name them, as Telegram does); answerInlineQuery is
//     checked as Telegram checks it (a known, unanswered query id; ≤ 50 results with unique 1–64-byte ids; an article's
//     title and message text; a cached photo's file_id one this emulator issued; captions ≤ 1024) and recorded,
//     readable through /harness/inline-answer.
//   - setMyDescription / setMyShortDescription keep the texts per language_code (≤ 512 / ≤ 120 characters, as Telegram);
//     getMyDescription / getMyShortDescription return them.
//   - faults can be injected per method (e.g. a 429 with retry_after), or by probabilistic rules per kind:
//     429 with retry_after, 500, slow answers, and dropped connections (socket destroyed before Telegram acts),
//     each counted, so a soak can report what it injected.
// A small control API under /harness lets a test act as a user and read what the bot sent.
// Listens on 127.0.0.1 on a free port, prints "HARNESS_PORT=<port>", and exits when stdin closes.

const express = require('express');
const http = require('http');
const { EventEmitter } = require('events');
const TelegramServer = require('telegram-test-api');
const Busboy = require('busboy');

const server = new TelegramServer({ host: '127.0.0.1', port: 1, storeTimeout: 24 * 3600 });
const events = new EventEmitter();
events.setMaxListeners(1000);
const calls = [];
const faults = {};
const rules = []; // probabilistic faults: { method, kind: '429'|'500'|'slow'|'drop', probability, retryAfter, minMs, maxMs }
const injected = {}; // "<kind>" and "<method>:<kind>" -> count
const byId = new Map(); // messageId -> stored bot message
const byChat = new Map(); // chat id -> stored bot messages in send order
const waiters = new Map(); // chat id -> Set of callbacks waiting for that chat's next bot message
const chatLogs = new Map(); // chat id -> [{ time, event }]: what each side did, for a soak's anomaly report
const actions = new Map(); // a user action's id -> its answer, so a client's retried request acts once
let repeatedActions = 0;
let recordBodies = true;
let random = Math.random;
const chats = new Map();
const memberStatus = new Map();
let confirmedOffset = 0;
const webhooks = new Map(); // bot token -> { url, secret, allowedUpdates, maxConnections }
let webhookTarget = null; // where pushes really go: { url, retryMs }
const pushing = new Map(); // update id -> chat id, pushes in flight
const pushLog = []; // { updateId, status, time }
const inlineQueries = new Map(); // inline query id -> { answered }
const inlineAnswers = new Map(); // inline query id -> what the bot answered
const descriptions = new Map(); // "<method kind>:<language_code>" -> text
const allowedUpdates = new Map(); // bot token -> the update types its last getUpdates asked for
let nextInlineQueryId = 5000000000000000001n;

const seconds = (ms) => Math.floor(ms / 1000);
const ok = (res, result) => res.json({ ok: true, result });

function chatFor(chatId) {
  return chats.get(String(chatId)) || { id: Number(chatId), type: 'private', first_name: 'User' };
}

function botMessageView(stored) {
  const m = stored.message;
  const view = {
    message_id: stored.messageId,
    from: { id: 666, is_bot: true, first_name: 'Test First name', username: 'TestNameBot' },
    chat: chatFor(m.chat_id),
    date: seconds(stored.time),
    text: m.text,
  };
  if (stored.photo) {
    // Telegram answers with the photo in a few sizes; one, the original, is enough here.
    const p = stored.photo;
    view.photo = [{ file_id: `photo-${stored.messageId}`, file_unique_id: `u${stored.messageId}`, file_size: p.size, width: p.width, height: p.height }];
    if (m.caption) view.caption = m.caption;
  }
  if (m.message_thread_id) view.message_thread_id = Number(m.message_thread_id);
  if (m.reply_markup && m.reply_markup.inline_keyboard) view.reply_markup = m.reply_markup;
  return view;
}

// mulberry32: a seeded generator so a soak's fault pattern can be replayed.
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function note(chatId, event) {
  if (chatId === undefined || chatId === null) return;
  const key = String(chatId);
  if (!chatLogs.has(key)) chatLogs.set(key, []);
  chatLogs.get(key).push({ time: Date.now(), event });
}

// A user action carrying an actionId runs once; a repeat (an HTTP client retrying) gets the first answer.
function once(req, res, act) {
  const id = req.body.actionId;
  if (id !== undefined && actions.has(id)) {
    repeatedActions++;
    res.json(actions.get(id));
    return;
  }
  act().then((answer) => {
    if (id !== undefined) actions.set(id, answer);
    res.json(answer);
  });
}

function count(method, kind) {
  injected[kind] = (injected[kind] || 0) + 1;
  injected[`${method}:${kind}`] = (injected[`${method}:${kind}`] || 0) + 1;
}

function fail(res, status, description, retryAfter) {
  const payload = { ok: false, error_code: status, description };
  if (retryAfter !== undefined) payload.parameters = { retry_after: retryAfter };
  res.status(status).json(payload);
}

// An injected update the package cannot format (inline mode) carries its Bot API body in `raw`.
function formatUpdate(update) {
  return update.raw ? { update_id: update.updateId, ...update.raw } : TelegramServer.formatUpdate(update);
}

function kindOf(update) {
  if (update.raw) return Object.keys(update.raw)[0];
  return update.callbackQuery ? 'callback_query' : 'message';
}

// Telegram delivers an update only when the bot's allowed_updates name its kind; checked here for inline mode only.
function deliverable(update, allowed) {
  return !update.raw || !allowed || allowed.length === 0 || allowed.includes(kindOf(update));
}

function userUpdates(token) {
  return server.storage.userMessages.filter((u) => u.botToken === token);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// What a stored photo says about its upload: byte length, PNG or not, and the size in the PNG's IHDR chunk.
function describeImage(file) {
  const bytes = file.bytes;
  const png = bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.subarray(12, 16).toString('latin1') === 'IHDR';
  return {
    fileName: file.filename,
    contentType: file.mimeType,
    size: bytes.length,
    png,
    width: png ? bytes.readUInt32BE(16) : 0,
    height: png ? bytes.readUInt32BE(20) : 0,
  };
}

// multipart/form-data (uploads): text fields into req.body, files into req.files[field] = { filename, mimeType, bytes }.
function multipart(req, res, next) {
  if (!req.is('multipart/form-data')) {
    next();
    return;
  }
  req.body = {};
  req.files = {};
  let busboy;
  try {
    busboy = Busboy({ headers: req.headers, limits: { fileSize: 50 * 1024 * 1024 } });
  } catch (e) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid multipart form' });
    return;
  }
  busboy.on('field', (name, value) => { req.body[name] = value; });
  busboy.on('file', (name, stream, info) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => { req.files[name] = { filename: info.filename, mimeType: info.mimeType, bytes: Buffer.concat(chunks) }; });
  });
  busboy.on('close', () => next());
  busboy.on('error', () => {
    if (!res.headersSent) res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: invalid multipart form' });
  });
  req.pipe(busboy);
}

const app = express();
app.use(express.json({ limit: '5mb' }));
app.use(express.urlencoded({ extended: true }));
app.use(multipart);

// Every bot call is recorded; injected faults answer first.
app.all('/bot:token/:method', (req, res, next) => {
  const method = req.params.method;
  const body = { ...req.query, ...req.body };
  req.tg = body;
  const files = Object.entries(req.files || {}).map(([field, file]) => ({ field, ...describeImage(file) }));
  calls.push({ method, time: Date.now(), body: recordBodies ? body : {}, files });
  const queue = faults[method];
  if (queue && queue.length > 0) {
    const fault = queue.shift();
    fail(res, fault.status, fault.description, fault.retryAfter);
    return;
  }
  const rule = rules.find((r) => (r.method === '*' || r.method === method) && random() < r.probability);
  if (!rule) {
    next();
    return;
  }
  count(method, rule.kind);
  note(body.chat_id, `${method} fault ${rule.kind}`);
  switch (rule.kind) {
    case '429':
      fail(res, 429, `Too Many Requests: retry after ${rule.retryAfter}`, rule.retryAfter);
      return;
    case '500':
      fail(res, 500, 'Internal Server Error');
      return;
    case 'drop':
      // The request arrived whole but Telegram never acts on it: the connection just dies.
      req.socket.destroy();
      return;
    default: {
      // slow: Telegram acts late; like a front proxy, it drops the request if the client gave up meanwhile.
      const delay = rule.minMs + Math.floor(random() * (rule.maxMs - rule.minMs + 1));
      setTimeout(() => {
        if (req.socket.destroyed || res.writableEnded) {
          count(method, 'abandoned');
          note(body.chat_id, `${method} abandoned (client gone)`);
          return;
        }
        next();
      }, delay);
    }
  }
});

app.all('/bot:token/getUpdates', (req, res) => {
  const token = req.params.token;
  if (webhooks.has(token)) {
    fail(res, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    return;
  }
  const offset = Number(req.tg.offset || 0);
  const limit = Math.min(Number(req.tg.limit || 100), 100);
  if (req.tg.allowed_updates !== undefined) allowedUpdates.set(token, list(req.tg.allowed_updates));
  const allowed = allowedUpdates.get(token);
  server.storage.userMessages = server.storage.userMessages.filter((u) => u.botToken !== token || deliverable(u, allowed));
  const timeout = Math.min(Number(req.tg.timeout || 0), 50);
  if (offset > 0) {
    confirmedOffset = Math.max(confirmedOffset, offset);
    server.storage.userMessages = server.storage.userMessages
      .filter((u) => u.botToken !== token || u.updateId >= offset);
  }
  const take = () => userUpdates(token).filter((u) => u.updateId >= offset).slice(0, limit);
  const answer = () => ok(res, take().map((u) => formatUpdate(u)));
  if (take().length > 0 || timeout === 0) {
    answer();
    return;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    events.off('update', finish);
    if (!res.writableEnded && !res.destroyed) answer();
  };
  const timer = setTimeout(finish, timeout * 1000);
  events.on('update', finish);
  res.on('close', () => {
    done = true;
    clearTimeout(timer);
    events.off('update', finish);
  });
});

app.all('/bot:token/sendMessage', (req, res) => {
  const body = req.tg;
  if (!body.text || String(body.text).length > 4096) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message text is empty or too long' });
    return;
  }
  server.addBotMessage({ ...body }, req.params.token);
  const stored = server.storage.botMessages[server.storage.botMessages.length - 1];
  index(stored);
  note(body.chat_id, `sendMessage -> #${stored.messageId} ${String(body.text).slice(0, 40)}`);
  ok(res, botMessageView(stored));
});

app.all('/bot:token/sendPhoto', (req, res) => {
  const body = req.tg;
  const named = /^attach:\/\/(.+)$/.exec(String(body.photo || ''));
  const file = (req.files || {})[named ? named[1] : 'photo'];
  if (!file) {
    // A file_id or URL would name a photo Telegram already has or fetches itself: the bot always uploads.
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: there is no photo in the request' });
    return;
  }
  if (body.caption !== undefined && String(body.caption).length > 1024) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message caption is too long' });
    return;
  }
  const photo = describeImage(file);
  if (!photo.png || photo.width === 0 || photo.height === 0) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: IMAGE_PROCESS_FAILED' });
    return;
  }
  const message = { ...body };
  delete message.photo;
  server.addBotMessage(message, req.params.token);
  const stored = server.storage.botMessages[server.storage.botMessages.length - 1];
  stored.photo = photo;
  index(stored);
  note(body.chat_id, `sendPhoto -> #${stored.messageId} ${photo.size} bytes ${String(body.caption || '').slice(0, 40)}`);
  ok(res, botMessageView(stored));
});

function index(stored) {
  const chatId = String(stored.message.chat_id);
  byId.set(stored.messageId, stored);
  if (!byChat.has(chatId)) byChat.set(chatId, []);
  byChat.get(chatId).push(stored);
  const waiting = waiters.get(chatId);
  if (waiting) for (const wake of [...waiting]) wake();
}

// What a test reads: the bot message as Telegram shows it, how often it was edited, and for a photo its upload.
function controlView(stored) {
  return { ...botMessageView(stored), edited: stored.edited || 0, ...(stored.photo ? { upload: stored.photo } : {}) };
}

function chatMessages(chatId) {
  return (byChat.get(String(chatId)) || []).map(controlView);
}

function editRoute(method) {
  app.all(`/bot:token/${method}`, (req, res) => {
    const body = req.tg;
    const stored = byId.get(Number(body.message_id));
    if (!stored || String(stored.message.chat_id) !== String(body.chat_id)) {
      res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message to edit not found' });
      return;
    }
    // As Telegram: a photo has a caption and no text, a text message no caption.
    if ((method === 'editMessageText' && stored.photo) || (method === 'editMessageCaption' && !stored.photo)) {
      const what = stored.photo ? 'text' : 'caption';
      res.status(400).json({ ok: false, error_code: 400, description: `Bad Request: there is no ${what} in the message to edit` });
      return;
    }
    stored.message = { ...stored.message, ...body };
    if (!body.reply_markup) delete stored.message.reply_markup;
    stored.edited = (stored.edited || 0) + 1;
    note(body.chat_id, `${method} #${stored.messageId}`);
    ok(res, botMessageView(stored));
  });
}
editRoute('editMessageText');
editRoute('editMessageReplyMarkup');
editRoute('editMessageCaption');

app.all('/bot:token/getChatMember', (req, res) => {
  const key = `${req.tg.chat_id}/${req.tg.user_id}`;
  ok(res, { status: memberStatus.get(key) || 'member', user: { id: Number(req.tg.user_id), is_bot: false, first_name: 'User' } });
});

// ---- inline mode ----
function badRequest(res, description) {
  res.status(400).json({ ok: false, error_code: 400, description: `Bad Request: ${description}` });
}

function parsed(value) {
  if (typeof value !== 'string') return value;
  try { return JSON.parse(value); } catch { return value; }
}

// A file_id this emulator handed out for a photo the bot sent ("photo-<message id>").
function issuedPhoto(fileId) {
  const match = /^photo-(\d+)$/.exec(String(fileId || ''));
  return Boolean(match && byId.has(Number(match[1])) && byId.get(Number(match[1])).photo);
}

// What is wrong with one inline result, as Telegram would say it, or null.
function resultProblem(r) {
  if (!r || typeof r !== 'object') return 'RESULT_INVALID';
  const id = String(r.id || '');
  if (Buffer.byteLength(id) < 1 || Buffer.byteLength(id) > 64) return 'RESULT_ID_INVALID';
  const markup = r.reply_markup && r.reply_markup.inline_keyboard;
  if (markup && markup.some((row) => row.some((b) => !b.text || (!b.url && !b.callback_data && !b.switch_inline_query)))) return 'BUTTON_TYPE_INVALID';
  const content = r.input_message_content;
  if (content && (!content.message_text || String(content.message_text).length > 4096)) return 'MESSAGE_EMPTY';
  switch (r.type) {
    case 'article':
      if (!r.title) return 'RESULT_TITLE_EMPTY';
      if (!content) return 'SEND_MESSAGE_MEDIA_INVALID';
      return null;
    case 'photo':
      if (r.photo_file_id !== undefined && !issuedPhoto(r.photo_file_id)) return 'wrong file identifier/HTTP URL specified';
      if (r.photo_file_id === undefined && !r.photo_url) return 'PHOTO_INVALID';
      if (r.caption !== undefined && String(r.caption).length > 1024) return 'MEDIA_CAPTION_TOO_LONG';
      return null;
    default:
      return 'RESULT_TYPE_INVALID';
  }
}

app.all('/bot:token/answerInlineQuery', (req, res) => {
  const b = req.tg;
  const id = String(b.inline_query_id || '');
  const query = inlineQueries.get(id);
  if (!query || query.answered) {
    badRequest(res, 'query is too old and response timeout expired or query ID is invalid');
    return;
  }
  const results = parsed(b.results);
  if (!Array.isArray(results) || results.length > 50) {
    badRequest(res, 'RESULTS_TOO_MUCH');
    return;
  }
  const ids = new Set();
  for (const r of results) {
    const problem = resultProblem(r);
    if (problem) {
      badRequest(res, problem);
      return;
    }
    if (ids.has(String(r.id))) {
      badRequest(res, 'RESULT_ID_DUPLICATE');
      return;
    }
    ids.add(String(r.id));
  }
  query.answered = true;
  inlineAnswers.set(id, {
    results,
    cache_time: b.cache_time === undefined ? 300 : Number(b.cache_time),
    is_personal: String(b.is_personal) === 'true',
    next_offset: b.next_offset,
    button: parsed(b.button),
    time: Date.now(),
  });
  note(query.userId, `answerInlineQuery ${id}: ${results.length} results`);
  ok(res, true);
});

function describe(kind, field, max) {
  app.all(`/bot:token/set${kind}`, (req, res) => {
    const text = req.tg[field] === undefined ? '' : String(req.tg[field]);
    if (text.length > max) {
      badRequest(res, `${field} is too long`);
      return;
    }
    descriptions.set(`${kind}:${req.tg.language_code || ''}`, text);
    ok(res, true);
  });
  app.all(`/bot:token/get${kind}`, (req, res) => ok(res, { [field]: descriptions.get(`${kind}:${req.tg.language_code || ''}`) || '' }));
}
describe('MyDescription', 'description', 512);
describe('MyShortDescription', 'short_description', 120);

for (const method of ['answerCallbackQuery', 'setMyCommands', 'deleteMyCommands', 'setChatMenuButton']) {
  app.all(`/bot:token/${method}`, (req, res) => ok(res, true));
}

function list(value) {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map(String);
  try {
    const parsed = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    return String(value).split(',');
  }
}

app.all('/bot:token/setWebhook', (req, res) => {
  const b = req.tg;
  if (!b.url) {
    webhooks.delete(req.params.token);
    ok(res, true);
    return;
  }
  if (b.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(b.secret_token))) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: secret token contains unallowed characters' });
    return;
  }
  webhooks.set(req.params.token, {
    url: String(b.url),
    secret: b.secret_token === undefined ? undefined : String(b.secret_token),
    allowedUpdates: list(b.allowed_updates),
    maxConnections: Number(b.max_connections || 40),
  });
  ok(res, true);
  pump();
});

app.all('/bot:token/deleteWebhook', (req, res) => {
  webhooks.delete(req.params.token);
  if (String(req.tg.drop_pending_updates) === 'true') {
    server.storage.userMessages = server.storage.userMessages.filter((u) => u.botToken !== req.params.token);
  }
  ok(res, true);
});

app.all('/bot:token/getWebhookInfo', (req, res) => {
  const hook = webhooks.get(req.params.token);
  ok(res, {
    url: hook ? hook.url : '',
    has_custom_certificate: false,
    pending_update_count: userUpdates(req.params.token).length,
    ...(hook ? { max_connections: hook.maxConnections, allowed_updates: hook.allowedUpdates } : {}),
  });
});

function chatOf(update) {
  if (update.raw) return String(Object.values(update.raw)[0].from.id);
  if (update.callbackQuery) return String(update.callbackQuery.message ? update.callbackQuery.message.chat.id : update.callbackQuery.from.id);
  return String(update.message.chat.id);
}

// Telegram's webhook push: per chat in order (the next only after a 2xx), chats in parallel up to max_connections.
function pump() {
  if (!webhookTarget) return;
  for (const [token, hook] of webhooks) {
    const busyChats = new Set(pushing.values());
    let inFlight = [...pushing.keys()].length;
    server.storage.userMessages = server.storage.userMessages.filter((u) => u.botToken !== token || deliverable(u, hook.allowedUpdates));
    for (const update of userUpdates(token)) {
      const chat = chatOf(update);
      if (busyChats.has(chat)) continue;
      busyChats.add(chat); // later updates of this chat wait for this one
      if (pushing.has(update.updateId)) continue;
      if (inFlight >= hook.maxConnections) return;
      inFlight++;
      push(token, hook, update, chat);
    }
  }
}

function push(token, hook, update, chat) {
  pushing.set(update.updateId, chat);
  const body = JSON.stringify(formatUpdate(update));
  const target = new URL(webhookTarget.url);
  const headers = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
  if (hook.secret !== undefined) headers['X-Telegram-Bot-Api-Secret-Token'] = hook.secret;
  const done = (status) => {
    pushing.delete(update.updateId);
    pushLog.push({ updateId: update.updateId, status, time: Date.now() });
    note(chat, `webhook push ${update.updateId} -> ${status}`);
    if (status >= 200 && status < 300) {
      server.storage.userMessages = server.storage.userMessages.filter((u) => u.updateId !== update.updateId);
      pump();
    } else {
      setTimeout(pump, webhookTarget ? webhookTarget.retryMs : 1000);
    }
  };
  const request = http.request({ hostname: target.hostname, port: target.port, path: target.pathname + target.search, method: 'POST', headers }, (response) => {
    response.resume();
    response.on('end', () => done(response.statusCode));
  });
  request.on('error', () => done(0));
  request.setTimeout(60000, () => request.destroy());
  request.end(body);
}

events.on('update', pump);

// ---- control API for tests ----
app.post('/harness/user-message', (req, res) => once(req, res, async () => {
  const b = req.body;
  const chat = {
    id: Number(b.chatId || b.userId),
    type: b.chatType || 'private',
    ...(b.chatType && b.chatType !== 'private' ? { title: b.title || 'Group' } : { first_name: b.firstName || 'User' }),
    ...(b.isForum ? { is_forum: true } : {}),
  };
  chats.set(String(chat.id), chat);
  const message = {
    botToken: b.token,
    from: { id: Number(b.userId), is_bot: false, first_name: b.firstName || 'User', language_code: b.languageCode || 'en' },
    chat,
    date: seconds(Date.now()),
    text: b.text,
  };
  if (b.threadId) {
    message.message_thread_id = Number(b.threadId);
    message.is_topic_message = true;
  }
  const match = /^\/\S+/.exec(b.text || '');
  if (match) message.entities = [{ offset: 0, length: match[0].length, type: 'bot_command' }];
  const updateId = server.updateId;
  await server.addUserMessage(message);
  events.emit('update');
  note(chat.id, `user update ${updateId}: ${String(b.text).slice(0, 40)}`);
  return { updateId };
}));

app.post('/harness/press', (req, res) => {
  const b = req.body;
  const stored = byId.get(Number(b.messageId));
  if (!stored) {
    res.status(404).json({ error: 'no such bot message' });
    return;
  }
  once(req, res, async () => {
    const updateId = server.updateId;
    note(stored.message.chat_id, `user update ${updateId}: press ${b.data} on #${stored.messageId}`);
    await server.addUserCallback({
      botToken: b.token,
      from: { id: Number(b.userId), is_bot: false, first_name: 'User', language_code: b.languageCode || 'en' },
      message: botMessageView(stored),
      data: b.data,
    });
    events.emit('update');
    return { updateId };
  });
});

function injectUpdate(token, raw, userId) {
  const updateId = server.updateId;
  server.storage.userMessages.push({ ...server.getCommonFields(token), raw });
  server.updateId++;
  events.emit('update');
  note(userId, `user update ${updateId}: ${Object.keys(raw)[0]}`);
  return updateId;
}

// A person typing "@bot <query>" in some chat: an inline_query update as Telegram sends it.
app.post('/harness/inline-query', (req, res) => once(req, res, async () => {
  const b = req.body;
  const id = String(nextInlineQueryId++);
  inlineQueries.set(id, { answered: false, userId: Number(b.userId) });
  const updateId = injectUpdate(b.token, {
    inline_query: {
      id,
      from: { id: Number(b.userId), is_bot: false, first_name: b.firstName || 'User', ...(b.languageCode ? { language_code: b.languageCode } : {}) },
      query: String(b.query || ''),
      offset: '',
      chat_type: b.chatType || 'sender',
    },
  }, b.userId);
  return { updateId, queryId: id };
}));

// The person picked one of the answer's results (inline feedback on): the chosen_inline_result update.
app.post('/harness/chosen-inline-result', (req, res) => once(req, res, async () => {
  const b = req.body;
  const answer = inlineAnswers.get(String(b.queryId));
  const result = answer && answer.results.find((r) => String(r.id) === String(b.resultId));
  const updateId = injectUpdate(b.token, {
    chosen_inline_result: {
      result_id: String(b.resultId),
      from: { id: Number(b.userId), is_bot: false, first_name: b.firstName || 'User' },
      query: String(b.query || ''),
      // Telegram names the posted message only when it has an inline keyboard.
      ...(result && result.reply_markup ? { inline_message_id: `AgAAA${b.queryId}` } : {}),
    },
  }, b.userId);
  return { updateId };
}));

// What the bot answered to an inline query (404 while unanswered).
app.get('/harness/inline-answer', (req, res) => {
  const answer = inlineAnswers.get(String(req.query.queryId));
  if (!answer) {
    res.status(404).json({ error: 'not answered' });
    return;
  }
  res.json(answer);
});

app.get('/harness/bot-messages', (req, res) => {
  const chatId = req.query.chatId;
  if (chatId !== undefined) {
    res.json(chatMessages(chatId));
    return;
  }
  res.json(server.storage.botMessages.map(controlView));
});

// Long poll for a person waiting on replies: answers when the chat holds at least `count` bot messages, or at `timeoutMs`.
app.get('/harness/wait-messages', (req, res) => {
  const chatId = String(req.query.chatId);
  const wanted = Number(req.query.count || 1);
  const have = () => (byChat.get(chatId) || []).length;
  if (have() >= wanted) {
    res.json(chatMessages(chatId));
    return;
  }
  if (!waiters.has(chatId)) waiters.set(chatId, new Set());
  const set = waiters.get(chatId);
  const finish = () => {
    clearTimeout(timer);
    set.delete(wake);
    if (set.size === 0) waiters.delete(chatId);
    if (!res.writableEnded && !res.destroyed) res.json(chatMessages(chatId));
  };
  const wake = () => { if (have() >= wanted) finish(); };
  const timer = setTimeout(finish, Math.min(Number(req.query.timeoutMs || 30000), 600000));
  set.add(wake);
  res.on('close', () => { clearTimeout(timer); set.delete(wake); });
});

// Every message the bot sent (id, chat, time accepted), without texts: for a soak's final tally.
app.get('/harness/sent-log', (req, res) => {
  res.json(server.storage.botMessages.map((m) => ({ id: m.messageId, chatId: Number(m.message.chat_id), time: m.time })));
});

app.get('/harness/calls', (req, res) => {
  res.json(calls.filter((c) => !req.query.method || c.method === req.query.method)
    .map((c) => ({ method: c.method, time: c.time, body: c.body, files: c.files })));
});

app.get('/harness/state', (req, res) => {
  res.json({
    confirmedOffset,
    pendingUpdates: server.storage.userMessages.length,
    nextUpdateId: server.updateId,
    botMessages: server.storage.botMessages.length,
  });
});

app.post('/harness/fault', (req, res) => {
  const b = req.body;
  const status = Number(b.status || 429);
  const retryAfter = b.retryAfter === undefined ? undefined : Number(b.retryAfter);
  const description = b.description || (status === 429 ? `Too Many Requests: retry after ${retryAfter}` : `Error ${status}`);
  faults[b.method] = faults[b.method] || [];
  for (let i = 0; i < Number(b.times || 1); i++) faults[b.method].push({ status, retryAfter, description });
  res.json({ queued: faults[b.method].length });
});

app.post('/harness/clear-faults', (req, res) => {
  for (const key of Object.keys(faults)) delete faults[key];
  rules.length = 0;
  res.json({ ok: true });
});

// Replaces the probabilistic fault rules. Body: { seed?, recordBodies?, rules: [{ method ('*' = any), kind, probability,
// retryAfter (429), minMs/maxMs (slow) }] }. The first rule that matches a call and fires decides its fault.
app.post('/harness/fault-rules', (req, res) => {
  const b = req.body;
  if (b.seed !== undefined) random = seeded(Number(b.seed));
  if (b.recordBodies !== undefined) recordBodies = Boolean(b.recordBodies);
  rules.length = 0;
  for (const r of b.rules || []) {
    rules.push({
      method: r.method || '*',
      kind: String(r.kind),
      probability: Number(r.probability || 0),
      retryAfter: Number(r.retryAfter || 1),
      minMs: Number(r.minMs || 0),
      maxMs: Number(r.maxMs || r.minMs || 0),
    });
  }
  res.json({ rules: rules.length });
});

// How many faults of each kind were injected ("429", "500", "slow", "drop", "abandoned"; also "<method>:<kind>").
app.get('/harness/fault-counts', (req, res) => res.json({ ...injected, repeatedActions }));

app.get('/harness/chat-log', (req, res) => {
  res.json((chatLogs.get(String(req.query.chatId)) || []).map((e) => `${new Date(e.time).toISOString().slice(11, 23)} ${e.event}`));
});

// Where the emulated Telegram pushes updates while a webhook is set: { url, retryMs }; { url: null } stops pushing.
app.post('/harness/webhook-target', (req, res) => {
  webhookTarget = req.body.url ? { url: String(req.body.url), retryMs: Number(req.body.retryMs || 500) } : null;
  pump();
  res.json({ ok: true });
});

// The webhook the bot set (or null), and every push with the status the bot answered (0 = no answer).
app.get('/harness/webhook', (req, res) => {
  const hook = webhooks.get(String(req.query.token));
  res.json({ webhook: hook || null, pushes: pushLog });
});

app.post('/harness/member-status', (req, res) => {
  memberStatus.set(`${req.body.chatId}/${req.body.userId}`, req.body.status);
  res.json({ ok: true });
});

// Anything else goes to the package's own routes (unknown methods get its error answer).
app.use(server.webServer);

const listener = http.createServer(app);
listener.listen(0, '127.0.0.1', () => {
  process.stdout.write(`HARNESS_PORT=${listener.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
