#!/usr/bin/env node
// The deadline-day scenario of bench/run: three kinds of requests at once, each on a fixed schedule.
//   register  every student registers one placement with their own token (POST /api/v1/placements), evenly spread
//             over DD_WINDOW seconds;
//   page      staff page through lists at DD_PAGE_RATE requests/s for the whole window (GET, cycling through paths);
//   signup    DD_SIGNUPS of the same students sign up for one event with their own token, evenly spread over
//             DD_SIGNUP_WINDOW seconds, starting DD_SIGNUP_AT seconds into the window.
// Latency is measured from the moment a request was due by its schedule to the end of its answer, so a service that
// falls behind shows it (no coordinated omission). Prints one JSON object: per operation the requests, the status
// codes, the errors (any answer but the expected status, or no answer) and the latency percentiles in ms.
//
// Env: DD_API (base URL), DD_TOKENS (file, one student token a line), DD_BODIES (file, one JSON body a line, the
// registration of the student on the same line), DD_WINDOW, DD_STAFF_TOKEN, DD_PAGE_PATHS (file, one path a line),
// DD_PAGE_RATE, DD_EVENT (event id), DD_SIGNUPS, DD_SIGNUP_AT, DD_SIGNUP_WINDOW, DD_SOCKETS (per operation).
'use strict';
const fs = require('fs');
const http = require('http');

const env = (name, fallback) => process.env[name] ?? fallback;
const lines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
const api = new URL(env('DD_API'));
const tokens = lines(env('DD_TOKENS'));
const bodies = lines(env('DD_BODIES'));
const pages = lines(env('DD_PAGE_PATHS'));
const windowMs = 1000 * Number(env('DD_WINDOW', '50'));
const pageRate = Number(env('DD_PAGE_RATE', '10'));
const signups = Number(env('DD_SIGNUPS', '300'));
const signupAtMs = 1000 * Number(env('DD_SIGNUP_AT', '20'));
const signupWindowMs = 1000 * Number(env('DD_SIGNUP_WINDOW', '3'));
const sockets = Number(env('DD_SOCKETS', '64'));
if (bodies.length > tokens.length) throw new Error(`${bodies.length} registrations but only ${tokens.length} tokens`);
if (signups > tokens.length) throw new Error(`${signups} sign-ups but only ${tokens.length} tokens`);

// One connection pool per operation, so that a slow operation does not hold the sockets of another.
const agent = () => new http.Agent({ keepAlive: true, maxSockets: sockets });

function plan(name, expected, agentOf, requests) {
  return { name, expected, agent: agentOf, requests, latencies: [], statuses: {}, errors: 0, failures: [] };
}

const register = plan('register', 201, agent(), bodies.map((body, i) => ({
  due: (i * windowMs) / bodies.length, method: 'POST', path: '/api/v1/placements', token: tokens[i], body,
})));
const pageCount = Math.floor((pageRate * windowMs) / 1000);
const page = plan('page', 200, agent(), Array.from({ length: pageCount }, (_, i) => ({
  due: (i * 1000) / pageRate, method: 'GET', path: pages[i % pages.length], token: env('DD_STAFF_TOKEN'),
})));
const signup = plan('signup', 201, agent(), Array.from({ length: signups }, (_, i) => ({
  due: signupAtMs + (i * signupWindowMs) / signups, method: 'POST',
  path: `/api/v1/preparation-events/${env('DD_EVENT')}/registrations`, token: tokens[i], body: '{}',
})));
const operations = [register, page, signup];

function send(op, req, t0) {
  return new Promise((resolve) => {
    const headers = { Authorization: `Bearer ${req.token}`, Accept: 'application/json' };
    if (req.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = Buffer.byteLength(req.body);
    }
    const done = (status, detail) => {
      op.latencies.push(Number(process.hrtime.bigint() - t0 - BigInt(Math.round(req.due * 1e6))) / 1e6);
      op.statuses[status] = (op.statuses[status] || 0) + 1;
      if (status !== op.expected) {
        op.errors += 1;
        if (op.failures.length < 5) op.failures.push(`${status} ${req.method} ${req.path}: ${detail}`.slice(0, 400));
      }
      resolve();
    };
    const r = http.request({ host: api.hostname, port: api.port, method: req.method, path: req.path, headers,
      agent: op.agent, timeout: 30000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { if (res.statusCode !== op.expected) text += chunk; });
      res.on('end', () => done(res.statusCode, text));
    });
    r.on('timeout', () => r.destroy(new Error('timeout')));
    r.on('error', (e) => done('error', e.message));
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (v) => (v === null ? null : +v.toFixed(1));

async function main() {
  const t0 = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const inFlight = [];
  // Every millisecond or so, send whatever is due.
  const queue = operations.flatMap((op) => op.requests.map((req) => ({ op, req }))).sort((a, b) => a.req.due - b.req.due);
  let next = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const now = elapsedMs();
      while (next < queue.length && queue[next].req.due <= now) {
        inFlight.push(send(queue[next].op, queue[next].req, t0));
        next += 1;
      }
      if (next < queue.length) setTimeout(tick, Math.max(0, Math.min(5, queue[next].req.due - now))); else resolve();
    };
    tick();
  });
  await Promise.all(inFlight);
  const total = elapsedMs();
  const out = { seconds: +(total / 1000).toFixed(2) };
  for (const op of operations) {
    const sorted = op.latencies.slice().sort((a, b) => a - b);
    const span = op.requests.length > 1 ? op.requests[op.requests.length - 1].due - op.requests[0].due : 0;
    out[op.name] = {
      requests: op.requests.length,
      rate: span > 0 ? +((1000 * (op.requests.length - 1)) / span).toFixed(1) : null,
      expected: op.expected,
      statuses: op.statuses,
      errors: op.errors,
      p50: ms(percentile(sorted, 50)),
      p90: ms(percentile(sorted, 90)),
      p99: ms(percentile(sorted, 99)),
      max: ms(percentile(sorted, 100)),
      failures: op.failures,
    };
    op.agent.destroy();
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e) => { process.stderr.write(`${e.stack}\n`); process.exit(1); });
