#!/usr/bin/env node
// Runs the public audit suite of `graphql-http` (GraphQL over HTTP specification)
// against a running GraphQL endpoint.
//
//   node run-audit.mjs http://127.0.0.1:5081/graphql
//
// Prints one line per audit, then a summary. Exit code:
//   0  every MUST audit passed and every failing SHOULD audit is listed in
//      expected-should-warnings.json
//   1  a MUST audit failed (or threw), or an unlisted SHOULD audit failed
//   2  usage error (no URL, unreadable expected-should-warnings.json)
//
// MAY audits are informational only and never fail the run.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverAudits } from 'graphql-http';

const here = dirname(fileURLToPath(import.meta.url));
const url = process.argv[2] ?? process.env.AUDIT_URL;
if (!url) {
  console.error('usage: node run-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

// Audits whose SHOULD-level failure we accept. Entries are audit names
// (e.g. "SHOULD use 4xx or 5xx status codes on JSON parsing failure") or ids
// (e.g. "22EB"); every entry must be explained in the project README.
const expectedPath = join(here, 'expected-should-warnings.json');
let expected;
try {
  expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  if (!Array.isArray(expected) || !expected.every((e) => typeof e === 'string')) {
    throw new Error('must be a JSON array of strings');
  }
} catch (err) {
  console.error(`cannot read ${expectedPath}: ${err.message}`);
  process.exit(2);
}
const expectedSet = new Set(expected);
const isExpected = (a) => expectedSet.has(a.name) || expectedSet.has(a.id);

const TIMEOUT_MS = Number(process.env.AUDIT_TIMEOUT_MS ?? 15000);
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });

const audits = serverAudits({ url, fetchFn });
const level = (name) => name.split(' ', 1)[0]; // MUST | SHOULD | MAY

const counts = {
  MUST: { ok: 0, failed: 0 },
  SHOULD: { ok: 0, warned: 0, accepted: 0 },
  MAY: { ok: 0, notice: 0 },
};
const problems = [];
const stale = [];

console.log(`graphql-http audit of ${url} (${audits.length} audits)`);
for (const audit of audits) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // graphql-http throws only for fatal errors (network failure, timeout, bad JSON ...).
    result = {
      id: audit.id,
      name: audit.name,
      status: level(audit.name) === 'MUST' ? 'error' : level(audit.name) === 'SHOULD' ? 'warn' : 'notice',
      reason: `audit threw: ${err?.cause?.message ?? err?.message ?? String(err)}`,
    };
  }

  const lvl = level(audit.name);
  let tag;
  if (result.status === 'ok') {
    tag = 'ok';
    counts[lvl].ok++;
    if (lvl === 'SHOULD' && isExpected(audit)) stale.push(audit);
  } else if (lvl === 'MUST') {
    tag = 'FAIL';
    counts.MUST.failed++;
    problems.push(result);
  } else if (lvl === 'SHOULD') {
    counts.SHOULD.warned++;
    if (isExpected(audit)) {
      tag = 'warn (accepted)';
      counts.SHOULD.accepted++;
    } else {
      tag = 'WARN';
      problems.push(result);
    }
  } else {
    tag = 'notice';
    counts.MAY.notice++;
  }

  const reason = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`[${tag}] ${audit.id} ${audit.name}${reason}`);
}

console.log('');
console.log('Summary:');
console.log(`  MUST   ok: ${counts.MUST.ok}, failed: ${counts.MUST.failed}`);
console.log(
  `  SHOULD ok: ${counts.SHOULD.ok}, warned: ${counts.SHOULD.warned}` +
    ` (accepted: ${counts.SHOULD.accepted}, unexpected: ${counts.SHOULD.warned - counts.SHOULD.accepted})`,
);
console.log(`  MAY    ok: ${counts.MAY.ok}, notices: ${counts.MAY.notice}`);
for (const a of stale) {
  console.log(`  note: "${a.name}" passes now; remove it from expected-should-warnings.json`);
}

// Plain "N passed, N failed" line (MAY notices and accepted SHOULD warnings count as passed).
const closing = `audit: ${audits.length - problems.length} passed, ${problems.length} failed`;
if (problems.length > 0) {
  console.log('');
  console.log(`HTTP audit FAILED (${problems.length} problem(s)):`);
  for (const p of problems) console.log(`  - ${p.id} ${p.name}: ${p.reason}`);
  console.log(closing);
  process.exit(1);
}
console.log('HTTP audit passed.');
console.log(closing);
