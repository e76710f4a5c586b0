// Interleaved A/B of two running atlases on copies of one data directory: node bench/ab.mjs A_URL B_URL
// ROUNDS BATCH WARMUP_SECONDS QUERY... (each QUERY a GraphQL document). Per query: a warm-up of each server
// (alternating, WARMUP_SECONDS in all per server), then ROUNDS rounds; a round sends BATCH requests to one
// server, then BATCH to the other, the order swapped every round. One client, one request at a time.
// Prints p50/p99 of each and B/A: the ratio of the two p50 and the median of the rounds' p50 ratios.
const [a, b, rounds, batch, warmup, ...queries] = process.argv.slice(2);

async function once(url, body) {
  const start = process.hrtime.bigint();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url}: ${response.status} ${text.slice(0, 300)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function quantile(values, q) {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const median = (values) => quantile(values, 0.5);
const ms = (value) => `${value.toFixed(2)}ms`.padStart(10);

console.log(`${'operation'.padEnd(60)}  ${'A p50'.padStart(10)} ${'A p99'.padStart(10)} ${'B p50'.padStart(10)} ${'B p99'.padStart(10)}   B/A p50  B/A rounds`);
for (const query of queries) {
  const body = JSON.stringify({ query });
  for (const url of [a, b]) await once(url, body);
  const end = Date.now() + Number(warmup) * 2000;
  while (Date.now() < end) {
    await once(a, body);
    await once(b, body);
  }
  const all = { [a]: [], [b]: [] };
  const ratios = [];
  for (let round = 0; round < Number(rounds); round++) {
    const order = round % 2 === 0 ? [a, b] : [b, a];
    const p50 = {};
    for (const url of order) {
      const times = [];
      for (let i = 0; i < Number(batch); i++) times.push(await once(url, body));
      all[url].push(...times);
      p50[url] = median(times);
    }
    ratios.push(p50[b] / p50[a]);
  }
  const name = query.replace(/\s+/g, ' ').slice(0, 60).padEnd(60);
  console.log(`${name}  ${ms(median(all[a]))} ${ms(quantile(all[a], 0.99))} ${ms(median(all[b]))} ${ms(quantile(all[b], 0.99))}`
    + `   ${(median(all[b]) / median(all[a])).toFixed(2).padStart(7)}  ${median(ratios).toFixed(2).padStart(10)}`);
}
