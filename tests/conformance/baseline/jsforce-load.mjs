// The baseline a team would write by hand: load the rows NomeSync would send (a dry-run
// export: manifest.json + one JSON Lines file per object, parents first) into a Salesforce
// org with jsforce - Bulk API 2.0 above 2,000 rows, sObject Collections upsert below.
//
//   node jsforce-load.mjs <login_url> <client_id> <refresh_token> <rows_dir>
//
// Prints one JSON line: {"total_ms", "objects": [{"object","rows","method","ms","failed"}]}.
import fs from 'node:fs';
import path from 'node:path';
import jsforce from 'jsforce';

const [loginUrl, clientId, refreshToken, dir] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node jsforce-load.mjs <login_url> <client_id> <refresh_token> <rows_dir>');
  process.exit(2);
}

// Logs in by refreshing, as jsforce does with only a refresh token.
const conn = new jsforce.Connection({
  oauth2: { loginUrl, clientId, redirectUri: 'http://localhost:1717/OauthRedirect' },
  instanceUrl: loginUrl,
  refreshToken,
  version: '62.0',
});
await conn.identity();

// Bulk CSV wants flat columns: {"X__r": {"Key__c": v}} -> "X__r.Key__c": v.
function flatten(record) {
  const flat = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'attributes') continue;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) flat[`${key}.${k}`] = v;
    } else {
      flat[key] = value;
    }
  }
  return flat;
}

const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const started = Date.now();
const objects = [];
for (const entry of manifest) {
  const lines = fs.readFileSync(path.join(dir, entry.file), 'utf8').split('\n').filter((l) => l.length > 0);
  const records = lines.map((l) => JSON.parse(l));
  const t0 = Date.now();
  let failed = 0;
  let method;
  if (records.length > 2000) {
    method = 'bulk';
    // One upload may carry 150 MB once base64-encoded (~100 MB of CSV): split as the
    // Bulk 2.0 guide says, by the CSV size of the rows.
    const maxBytes = 100 * 1000 * 1000;
    const flat = records.map(flatten);
    let start = 0;
    while (start < flat.length) {
      let bytes = 0;
      let end = start;
      while (end < flat.length) {
        const row = Object.values(flat[end]).reduce((n, v) => n + String(v ?? '#N/A').length + 3, 1);
        if (end > start && bytes + row > maxBytes) break;
        bytes += row;
        end += 1;
      }
      const results = await conn.bulk2.loadAndWaitForResults({
        object: entry.object,
        operation: 'upsert',
        externalIdFieldName: entry.external_id,
        input: flat.slice(start, end),
        pollInterval: 1000,
        pollTimeout: 1800000,
      });
      failed += results.failedResults.length + results.unprocessedRecords.length;
      start = end;
    }
  } else {
    method = 'collections';
    const clean = records.map(({ attributes, ...rest }) => rest);
    const results = await conn.sobject(entry.object).upsert(clean, entry.external_id, { allowRecursive: true });
    failed = (Array.isArray(results) ? results : [results]).filter((r) => !r.success).length;
  }
  objects.push({ object: entry.object, rows: records.length, method, ms: Date.now() - t0, failed });
}
console.log(JSON.stringify({ total_ms: Date.now() - started, objects }));
