// The npm `graphql-ws` client as a real peer of our graphql-transport-ws server, across two API
// instances on one database: the subscriber listens on instance B while the changes are made
// through instance A, so the events can only have travelled by PostgreSQL LISTEN/NOTIFY.
//
//   node ws-peer.mjs <http url of instance A's /graphql> <http url of instance B's /graphql>
//
// Prints one line per check and "ws peer: <passed> passed, <failed> failed"; exit 1 on a failure.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [urlA, urlB] = process.argv.slice(2);
if (!urlA || !urlB) {
  console.error('usage: node ws-peer.mjs <instance A /graphql url> <instance B /graphql url>');
  process.exit(2);
}
const XIAOYAOJIN = '340103002000';
const XIANQIAO = '340103002001';
const results = [];

async function token(user) {
  const response = await fetch(new URL('/dev/token', urlA), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`token for ${user}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

async function graphql(bearer, query, variables) {
  const response = await fetch(urlA, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function wsClient(bearer, onClosed) {
  return createClient({
    url: urlB.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: bearer ? { authorization: `Bearer ${bearer}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => onClosed?.(event) },
    onNonLazyError: () => {},
  });
}

/** Events of one subscription, as a queue the checks can wait on. */
function subscribe(client, query, variables) {
  const queue = [];
  let wake = null;
  const push = (item) => { queue.push(item); wake?.(); };
  const dispose = client.subscribe({ query, variables }, {
    next: (value) => push({ value }),
    error: (error) => push({ error }),
    complete: () => push({ complete: true }),
  });
  async function next(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (queue.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise((resolve) => { wake = resolve; setTimeout(resolve, left); });
    }
    return queue.shift();
  }
  return { next, dispose };
}

async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}: ${error.message}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const [officer, worker, grid] = await Promise.all(['officer.xiaoyaojin', 'worker2.xianqiao', 'grid.xianqiao'].map(token));
const { needs } = await graphql(grid, 'query($r: String!) { needs(filter: { regionCode: $r }, first: 1) { nodes { id household { id } } } }', { r: XIANQIAO });
const household = needs.nodes[0].household.id;
const anyNeed = needs.nodes[0].id;
const reportNeed = async (summary) => (await graphql(grid, `mutation($input: ReportNeedInput!) { reportNeed(input: $input) { id } }`,
  { input: { householdId: household, categoryCode: 'GRAIN_AND_OIL', publicSummary: summary } })).reportNeed.id;

await check('a claim made through instance A reaches a graphql-ws subscriber on instance B within a second', async () => {
  const client = wsClient(officer);
  const events = subscribe(client, 'subscription($r: String!) { needChanged(regionCode: $r) { kind need { id status claimedBy } } }', { r: XIAOYAOJIN });
  try {
    // The protocol does not acknowledge a subscription: change things until the subscriber hears.
    let heard = null;
    for (let attempt = 0; attempt < 40 && !heard; attempt++) {
      await graphql(grid, 'mutation($id: ID!) { addNeedNote(needId: $id, note: "peer warm-up") { id } }', { id: anyNeed });
      heard = await events.next(250);
    }
    assert(heard?.value, `no event while warming up (${JSON.stringify(heard)})`);
    while (await events.next(300)) { /* drain */ }

    const need = await reportNeed('graphql-ws 对等测试');
    const started = Date.now();
    await graphql(worker, 'mutation($id: ID!) { claimNeed(needId: $id) { status } }', { id: need });
    let claimed = null;
    while (!claimed) {
      const event = await events.next(5000);
      assert(event?.value, `no CLAIMED event (${JSON.stringify(event)})`);
      const change = event.value.data?.needChanged;
      if (change?.need.id === need && change.kind === 'CLAIMED') claimed = change;
    }
    const latency = Date.now() - started;
    console.log(`     claim to event: ${latency} ms`);
    assert(claimed.need.claimedBy === 'worker2.xianqiao', `claimedBy ${claimed.need.claimedBy}`);
    assert(latency < 1000, `${latency} ms`);
  } finally {
    events.dispose();
    await client.dispose();
  }
});

await check('a subscription outside the viewer\'s area is refused with FORBIDDEN', async () => {
  const client = wsClient(await token('worker.jingan'));
  const events = subscribe(client, 'subscription { needChanged(regionCode: "340103002000") { kind } }');
  try {
    const event = await events.next(5000);
    const errors = Array.isArray(event?.error) ? event.error : [];
    assert(errors[0]?.extensions?.code === 'FORBIDDEN', JSON.stringify(event));
  } finally {
    await client.dispose();
  }
});

await check('a bad token is refused at connection_init with 4403', async () => {
  let closedWith = null;
  const client = wsClient('not-a-token', (event) => { closedWith = event.code; });
  const events = subscribe(client, 'subscription { needChanged(regionCode: "340103002000") { kind } }');
  await events.next(5000);
  await client.dispose();
  assert(closedWith === 4403, `closed with ${closedWith}`);
});

const passed = results.filter(Boolean).length;
console.log(`ws peer: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
