// Conformance: jsforce (pinned in ../package.json) drives the Salesforce half of
// nomesync-sandbox the way it drives a real org, and gets the answers the reference
// (shared/ref/salesforce-api.md) predicts. Exits non-zero on the first failure.
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import assert from 'node:assert/strict';
import jsforce from 'jsforce';

const CUSTOMER = 'NOME__Metronome_Customer__c';
const CUSTOMER_KEY = 'NOME__Metronome_Customer_ID__c';
const INVOICE = 'NOME__Metronome_Invoice__c';
const INVOICE_KEY = 'NOME__Metronome_Invoice_ID__c';

function startSandbox() {
  const bin = process.env.NOMESYNC_SANDBOX_BIN;
  assert.ok(bin, 'NOMESYNC_SANDBOX_BIN is not set');
  const child = spawn(bin, ['--install-package', '--auto-approve', '--customers', '5',
    '--salesforce-query-page-size', '200', '--salesforce-bulk-delay-ms', '100'],
  { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error('the sandbox did not start')), 60000);
    child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, info: JSON.parse(line) });
    });
  });
}

async function admin(info, method, path, body) {
  const response = await fetch(info.admin_url + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return response.json();
}

const checks = [];
function check(name, fn) {
  checks.push({ name, fn });
}

let sandbox;
try {
  sandbox = await startSandbox();
  const { info } = sandbox;
  const loginUrl = info.salesforce.login_url;
  const clientId = info.salesforce.client_id;
  const redirectUri = 'http://localhost:1717/OauthRedirect';
  let refreshToken;
  let conn;
  let refreshes = 0;

  check('OAuth authorization code with PKCE (jsforce useVerifier) gives a refresh token', async () => {
    const oauth2 = new jsforce.OAuth2({ loginUrl, clientId, redirectUri, useVerifier: true });
    const url = oauth2.getAuthorizationUrl({ state: 'conformance-state', scope: 'api refresh_token' });
    const answer = await fetch(url, { redirect: 'manual' });
    assert.equal(answer.status, 302);
    const back = new URL(answer.headers.get('location'));
    assert.equal(back.origin + back.pathname, redirectUri);
    assert.equal(back.searchParams.get('state'), 'conformance-state');
    const code = back.searchParams.get('code');
    assert.ok(code && code.endsWith('=='), 'a base64 code ending in ==');
    const token = await oauth2.requestToken(code);
    for (const key of ['access_token', 'refresh_token', 'instance_url', 'id', 'token_type', 'issued_at', 'signature', 'scope']) {
      assert.ok(token[key], `token response has ${key}`);
    }
    assert.equal(token.instance_url, info.salesforce.instance_url);
    refreshToken = token.refresh_token;
    // The code was single-use.
    await assert.rejects(oauth2.requestToken(code), (e) => e.name === 'invalid_grant');
  });

  check('a Connection with only a refresh token logs in by refreshing', async () => {
    conn = new jsforce.Connection({
      oauth2: { loginUrl, clientId, redirectUri },
      instanceUrl: info.salesforce.instance_url,
      refreshToken,
      version: '62.0',
    });
    conn.on('refresh', () => { refreshes += 1; });
    const identity = await conn.identity();
    assert.equal(identity.username, 'admin@nomesync-sandbox.example');
    assert.ok(refreshes >= 1);
    const limits = await conn.limits();
    assert.ok(limits.DailyApiRequests.Max > 0);
    assert.ok(conn.limitInfo.apiUsage.used > 0, 'Sforce-Limit-Info was parsed');
  });

  check('describeGlobal and describe show the package as installed', async () => {
    const global = await conn.describeGlobal();
    const customer = global.sobjects.find((o) => o.name === CUSTOMER);
    assert.ok(customer, 'the customer object is listed');
    assert.equal(customer.keyPrefix, 'a0E');
    assert.equal(global.sobjects.find((o) => o.name === 'Account').keyPrefix, '001');
    const described = await conn.sobject(CUSTOMER).describe();
    const key = described.fields.find((f) => f.name === CUSTOMER_KEY);
    assert.equal(key.type, 'string');
    assert.equal(key.length, 50);
    assert.equal(key.externalId, true);
    assert.equal(key.unique, true);
    assert.equal(key.caseSensitive, false);
    const account = described.fields.find((f) => f.name === 'NOME__Account__c');
    assert.deepEqual(account.referenceTo, ['Account']);
    assert.equal(account.relationshipName, 'NOME__Account__r');
  });

  const customers = Array.from({ length: 450 }, (_, i) => ({
    [CUSTOMER_KEY]: `js_${String(i).padStart(4, '0')}`,
    NOME__Name__c: `jsforce customer ${i}`,
  }));

  check('sObject Collections upsert: 450 records chunk into 200s with created flags', async () => {
    await assert.rejects(conn.sobject(CUSTOMER).upsert(customers, CUSTOMER_KEY),
      (e) => e.errorCode === 'EXCEEDED_ID_LIMIT', 'more than 200 without allowRecursive is refused');
    const first = await conn.sobject(CUSTOMER).upsert(customers, CUSTOMER_KEY, { allowRecursive: true });
    assert.equal(first.length, 450);
    assert.ok(first.every((r) => r.success && r.created === true && /^a0E[0-9A-Za-z]{15}$/.test(r.id)));
    const second = await conn.sobject(CUSTOMER).upsert(customers.slice(0, 200), CUSTOMER_KEY);
    assert.ok(second.every((r) => r.success && r.created === false));
    assert.deepEqual(second.map((r) => r.id), first.slice(0, 200).map((r) => r.id));
    const mixed = await conn.sobject(CUSTOMER).upsert([
      { [CUSTOMER_KEY]: 'js_ok' },
      { [CUSTOMER_KEY]: 'js_bad', NOME__Bogus__c: 1 },
    ], CUSTOMER_KEY);
    assert.equal(mixed[0].success, true);
    assert.equal(mixed[1].success, false);
    assert.equal(mixed[1].errors[0].statusCode, 'INVALID_FIELD');
  });

  check('query and queryMore page through every record', async () => {
    let result = await conn.query(`SELECT Id, ${CUSTOMER_KEY} FROM ${CUSTOMER} WHERE ${CUSTOMER_KEY} LIKE 'js\\_0%' ORDER BY ${CUSTOMER_KEY}`);
    assert.equal(result.totalSize, 450);
    let pages = 1;
    const seen = [...result.records];
    while (!result.done) {
      assert.match(result.nextRecordsUrl, /\/services\/data\/v62\.0\/query\/[0-9A-Za-z]+-\d+$/);
      result = await conn.queryMore(result.nextRecordsUrl);
      seen.push(...result.records);
      pages += 1;
    }
    assert.equal(pages, 3);
    assert.equal(seen.length, 450);
    assert.equal(new Set(seen.map((r) => r[CUSTOMER_KEY])).size, 450);
    assert.equal(seen[0][CUSTOMER_KEY], 'js_0000');
  });

  check('an expired session is refreshed and the call replayed', async () => {
    const before = refreshes;
    await admin(info, 'POST', '/salesforce/sessions/expire');
    const result = await conn.query(`SELECT COUNT() FROM ${CUSTOMER}`);
    assert.ok(result.totalSize >= 451);
    assert.equal(refreshes, before + 1);
  });

  check('Bulk API 2.0 loadAndWaitForResults: successes, failures and their sf__Error', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      [INVOICE_KEY]: `jsinv_${i}`,
      Name: `Invoice ${i}`,
      NOME__Status__c: i % 100 === 0 ? 'NotAStatus' : 'FINALIZED',
      NOME__Total__c: i + 0.25,
    }));
    const results = await conn.bulk2.loadAndWaitForResults({
      object: INVOICE,
      operation: 'upsert',
      externalIdFieldName: INVOICE_KEY,
      input: rows,
      pollInterval: 200,
      pollTimeout: 60000,
    });
    assert.equal(results.successfulResults.length, 1188);
    assert.equal(results.failedResults.length, 12);
    assert.equal(results.unprocessedRecords.length, 0);
    assert.ok(results.successfulResults.every((r) => String(r.sf__Created) === 'true' && /^a0K/.test(r.sf__Id)));
    for (const failed of results.failedResults) {
      assert.match(failed.sf__Error, /^INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST:Status: bad value for restricted picklist field: NotAStatus:NOME__Status__c --$/);
      assert.equal(failed.NOME__Status__c, 'NotAStatus');
    }
    const again = await conn.bulk2.loadAndWaitForResults({
      object: INVOICE, operation: 'upsert', externalIdFieldName: INVOICE_KEY,
      input: rows.slice(1, 3), pollInterval: 200, pollTimeout: 60000,
    });
    assert.ok(again.successfulResults.every((r) => String(r.sf__Created) === 'false'));
    const stored = await conn.query(`SELECT NOME__Total__c FROM ${INVOICE} WHERE ${INVOICE_KEY} = 'jsinv_7'`);
    assert.equal(stored.records[0].NOME__Total__c, 7.25);
  });

  check('logout(true) revokes the refresh token', async () => {
    await conn.logout(true);
    const oauth2 = new jsforce.OAuth2({ loginUrl, clientId, redirectUri });
    await assert.rejects(oauth2.refreshToken(refreshToken), (e) => e.name === 'invalid_grant');
  });

  for (const { name, fn } of checks) {
    const started = Date.now();
    try {
      await fn();
      console.log(`ok - ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      console.log(`not ok - ${name}`);
      console.error(error);
      process.exitCode = 1;
      break;
    }
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  if (sandbox) {
    sandbox.child.removeAllListeners('exit');
    sandbox.child.kill('SIGTERM');
  }
}
