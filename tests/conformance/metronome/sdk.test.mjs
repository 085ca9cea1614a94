// Drives the Metronome half of nomesync-sandbox with the official TypeScript SDK
// (@metronome/sdk, pinned in ../package-lock.json) through every endpoint NomeSync's client
// uses: auto-pagination across several pages, body- and query-cursor endpoints, writes, and
// error bodies mapped to the SDK's error classes. Counts are checked against the sandbox's
// admin ground truth. Exits non-zero on the first failure; always stops the sandbox.
import Metronome, { AuthenticationError, BadRequestError, NotFoundError, PermissionDeniedError } from '@metronome/sdk';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const binary = process.env.NOMESYNC_SANDBOX_BIN;
if (!binary) {
  console.error('NOMESYNC_SANDBOX_BIN is not set');
  process.exit(2);
}

function startSandbox(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${stderr}`)));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve({ child, info: JSON.parse(line) }));
    setTimeout(() => reject(new Error('sandbox did not start in time')), 60000).unref();
  });
}

let checks = 0;
function check(condition, message) {
  assert.ok(condition, message);
  checks += 1;
}

// Every object the SDK hands out must carry the fields its types declare as required.
function hasFields(object, fields, what) {
  for (const [name, type] of Object.entries(fields)) {
    const value = object[name];
    const ok = type === 'array' ? Array.isArray(value)
      : type === 'string|null' ? (value === null || typeof value === 'string')
        : typeof value === type;
    check(ok, `${what}.${name} should be ${type}, got ${JSON.stringify(value)}`);
  }
}

async function collect(pagePromise) {
  const items = [];
  for await (const item of pagePromise) {
    items.push(item);
  }
  return items;
}

async function pageCount(pagePromise) {
  let pages = 0;
  for await (const page of (await pagePromise).iterPages()) {
    pages += 1;
    check(Array.isArray(page.data), 'a page has a data array');
  }
  return pages;
}

const { child, info } = await startSandbox(['--customers', '60', '--seed', '42']);
const admin = async (path, init) => (await fetch(info.admin_url + path, init)).json();

try {
  const client = new Metronome({ bearerToken: info.metronome.token, baseURL: info.metronome.url, maxRetries: 0 });
  const summary = await admin('/metronome/summary');
  const truthList = (await admin('/metronome/customers')).data;
  const truth = {};
  for (const c of truthList) {
    truth[c.id] = await admin(`/metronome/customers/${c.id}`);
  }
  const customersWhere = (predicate) => Object.values(truth).filter(predicate);
  const manyCredits = customersWhere((t) => !t.archived && t.commitments.filter((x) => x.type === 'CREDIT').length > 10)[0];
  const twoPlans = customersWhere((t) => t.customer_plans === 2)[0];
  const contractCustomer = customersWhere((t) => !t.archived && t.contracts === 1 && t.usage_days > 0)[0];
  check(manyCredits && twoPlans && contractCustomer, 'the world has every kind of customer');

  // Customers: active and archived, auto-paginated over pages of 7.
  const active = await collect(client.v1.customers.list({ limit: 7 }));
  check(active.length === summary.customers.active, `active customers: ${active.length} vs ${summary.customers.active}`);
  check((await pageCount(client.v1.customers.list({ limit: 7 }))) === Math.ceil(active.length / 7), 'customer pages');
  const archived = await collect(client.v1.customers.list({ limit: 2, only_archived: true }));
  check(archived.length === summary.customers.archived && archived.length > 0, 'archived customers');
  for (const c of [...active, ...archived]) {
    hasFields(c, { id: 'string', name: 'string', external_id: 'string', ingest_aliases: 'array', custom_fields: 'object', customer_config: 'object', created_at: 'string', updated_at: 'string' }, 'customer');
    hasFields(c.customer_config, { salesforce_account_id: 'string|null' }, 'customer.customer_config');
    check(c.customer_config.salesforce_account_id === truth[c.id].salesforce_account_id, 'Salesforce link as the truth says');
  }
  check(archived.every((c) => typeof c.archived_at === 'string'), 'archived customers carry archived_at');
  // Filters (arrays go out comma-separated from the SDK).
  const two = await collect(client.v1.customers.list({ customer_ids: [active[0].id, active[1].id] }));
  check(two.length === 2, 'customer_ids filter');
  const linked = active.find((c) => c.customer_config.salesforce_account_id);
  const bySalesforce = await collect(client.v1.customers.list({ salesforce_account_ids: [linked.customer_config.salesforce_account_id] }));
  check(bySalesforce.length === 1 && bySalesforce[0].id === linked.id, 'salesforce_account_ids filter');
  const byAlias = await collect(client.v1.customers.list({ ingest_alias: linked.ingest_aliases[0] }));
  check(byAlias.length === 1 && byAlias[0].id === linked.id, 'ingest_alias filter');
  const one = await client.v1.customers.retrieve({ customer_id: linked.id });
  check(one.data.id === linked.id && one.data.name === linked.name, 'customers.retrieve');

  // v2 contracts (not paginated), then the body-paginated commits and credits lists.
  const contracts = await client.v2.contracts.list({ customer_id: manyCredits.id, include_balance: true });
  check(Array.isArray(contracts.data) && contracts.data.length === manyCredits.contracts, 'v2 contracts');
  const contract = contracts.data[0];
  hasFields(contract, { id: 'string', customer_id: 'string', starting_at: 'string', commits: 'array', created_at: 'string', created_by: 'string', overrides: 'array', scheduled_charges: 'array', transitions: 'array', usage_filter: 'array', usage_statement_schedule: 'object' }, 'contract');
  check(contract.has_more.credits === true && contract.credits.length === 10, 'a truncated contract says has_more');
  check(contract.credits.every((x) => typeof x.balance === 'number'), 'include_balance adds balances');
  const truthCredits = manyCredits.commitments.filter((x) => x.type === 'CREDIT');
  const credits = await collect(client.v1.customers.credits.list({ customer_id: manyCredits.id, include_contract_credits: true, include_balance: true, limit: 10 }));
  check(credits.length === truthCredits.length, `credits.list: ${credits.length} vs ${truthCredits.length}`);
  check((await pageCount(client.v1.customers.credits.list({ customer_id: manyCredits.id, include_contract_credits: true, limit: 10 }))) === Math.ceil(truthCredits.length / 10), 'credit pages');
  for (const x of credits) {
    hasFields(x, { id: 'string', type: 'string', created_at: 'string', product: 'object', access_schedule: 'object', balance: 'number' }, 'credit');
    check(String(x.balance) === truth[manyCredits.id].commitments.find((t) => t.id === x.id).balance, 'credit balance exact');
  }
  const truthCommits = contractCustomer.commitments.filter((x) => x.type !== 'CREDIT');
  const commits = await collect(client.v1.customers.commits.list({ customer_id: contractCustomer.id, include_contract_commits: true, include_balance: true, limit: 1 }));
  check(commits.length === truthCommits.length, 'commits.list');
  check(commits.every((x) => x.type === 'PREPAID' || x.type === 'POSTPAID'), 'commit types');

  // Catalog.
  check((await collect(client.v1.contracts.rateCards.list({ limit: 2 }))).length === summary.rate_cards, 'rate cards');
  check((await pageCount(client.v1.contracts.rateCards.list({ limit: 2 }))) === 2, 'rate card pages');
  const products = await collect(client.v1.contracts.products.list({ limit: 3, archive_filter: 'ALL' }));
  check(products.length === summary.products.all, 'products (all)');
  check((await collect(client.v1.contracts.products.list({ limit: 3 }))).length === summary.products.active, 'products (not archived)');
  products.forEach((p) => hasFields(p, { id: 'string', type: 'string', current: 'object', initial: 'object' }, 'product'));
  const pricingUnits = await collect(client.v1.pricingUnits.list({ limit: 2 }));
  check(pricingUnits.length === summary.credit_types, 'pricing units');
  check(pricingUnits.some((u) => u.id === '2714e483-4ff1-48e4-9e25-ac732e8f24f2' && u.name === 'USD (cents)'), 'USD (cents)');
  check(pricingUnits.some((u) => u.is_currency === false), 'a custom pricing unit');
  const metrics = await collect(client.v1.billableMetrics.list({ limit: 2, include_archived: true }));
  check(metrics.length === summary.billable_metrics.all, 'billable metrics');
  check((await collect(client.v1.billableMetrics.list({ limit: 2 }))).length === summary.billable_metrics.active, 'active metrics');
  metrics.forEach((m) => hasFields(m, { id: 'string', name: 'string', group_keys: 'array' }, 'billable metric'));
  check((await collect(client.v1.plans.list({ limit: 2 }))).length === summary.plans, 'plans');

  // Customer plans, invoices, credit grants.
  const plans = await collect(client.v1.customers.plans.list({ customer_id: twoPlans.id, limit: 1 }));
  check(plans.length === 2, 'customer plans across two pages');
  plans.forEach((p) => hasFields(p, { id: 'string', plan_id: 'string', plan_name: 'string', starting_on: 'string', custom_fields: 'object' }, 'customer plan'));
  let invoiceCount = 0;
  for (const t of Object.values(truth).slice(0, 12)) {
    const invoices = await collect(client.v1.customers.invoices.list({ customer_id: t.id, limit: 2 }));
    check(invoices.length === t.invoices.length, `invoices of ${t.id}`);
    invoices.forEach((invoice, i) => {
      hasFields(invoice, { id: 'string', customer_id: 'string', status: 'string', type: 'string', credit_type: 'object', total: 'number', line_items: 'array', start_timestamp: 'string', end_timestamp: 'string' }, 'invoice');
      check(String(invoice.total) === t.invoices[i].total, 'invoice total exact');
      invoice.line_items.forEach((l) => hasFields(l, { name: 'string', type: 'string', total: 'number', credit_type: 'object' }, 'line item'));
    });
    invoiceCount += invoices.length;
  }
  check(invoiceCount > 12, 'enough invoices looked at');
  const firstInvoice = contractCustomer.invoices[0];
  const invoice = await client.v1.customers.invoices.retrieve({ customer_id: contractCustomer.id, invoice_id: firstInvoice.id });
  check(invoice.data.id === firstInvoice.id, 'invoices.retrieve');
  const drafts = await collect(client.v1.customers.invoices.list({ customer_id: contractCustomer.id, status: 'DRAFT' }));
  check(drafts.length === 1, 'one current draft');
  const grants = await collect(client.v1.creditGrants.list({ limit: 5 }));
  check(grants.length === summary.credit_grants, `credit grants: ${grants.length} vs ${summary.credit_grants}`);
  grants.forEach((g) => hasFields(g, { id: 'string', customer_id: 'string', name: 'string', effective_at: 'string', expires_at: 'string', grant_amount: 'object', paid_amount: 'object', balance: 'object', deductions: 'array', pending_deductions: 'array', products: 'array', custom_fields: 'object' }, 'credit grant'));

  // Usage: server-sized pages with next_page in the query; grouped usage with limit.
  const today = new Date(summary.today + 'T00:00:00Z');
  const daysAgo = (n) => new Date(today.getTime() - n * 86400000).toISOString();
  const usage = await collect(client.v1.usage.list({ starting_on: daysAgo(120), ending_before: today.toISOString(), window_size: 'day', customer_ids: [contractCustomer.id] }));
  check(usage.length === 4 * contractCustomer.usage_days, `usage rows: ${usage.length}`);
  check((await pageCount(client.v1.usage.list({ starting_on: daysAgo(120), ending_before: today.toISOString(), window_size: 'DAY', customer_ids: [contractCustomer.id] }))) > 1, 'usage pages');
  const totals = {};
  usage.forEach((u) => { totals[u.billable_metric_id] = (totals[u.billable_metric_id] || 0) + u.value; });
  for (const [metric, total] of Object.entries(contractCustomer.usage_totals)) {
    check(String(totals[metric] || 0) === total, `usage total of ${metric}`);
  }
  const compound = metrics.find((m) => m.group_keys.some((k) => k.length === 2));
  const groups = await collect(client.v1.usage.listWithGroups({ customer_id: contractCustomer.id, billable_metric_id: compound.id, window_size: 'DAY', starting_on: daysAgo(5), ending_before: today.toISOString(), group_key: ['region', 'instance_type'], limit: 4 }));
  check(groups.length > 4, 'grouped usage across pages');
  groups.forEach((g) => hasFields(g, { starting_on: 'string', ending_before: 'string', value: 'number', group: 'object' }, 'usage group'));

  // Writes: link, read back, clear; create with aliases.
  await client.v1.customers.updateConfig({ customer_id: contractCustomer.id, salesforce_account_id: '0015g00000SDKTESTAA' });
  check((await client.v1.customers.retrieve({ customer_id: contractCustomer.id })).data.customer_config.salesforce_account_id === '0015g00000SDKTESTAA', 'updateConfig sets the link');
  await client.v1.customers.updateConfig({ customer_id: contractCustomer.id, salesforce_account_id: null });
  check((await client.v1.customers.retrieve({ customer_id: contractCustomer.id })).data.customer_config.salesforce_account_id === null, 'updateConfig null clears it');
  const created = await client.v1.customers.create({ name: 'SDK Conformance Co', ingest_aliases: ['sdk-conformance'] });
  check(typeof created.data.id === 'string' && created.data.ingest_aliases[0] === 'sdk-conformance', 'customers.create');

  // Error bodies become the SDK's error classes with the server's message.
  const expectError = async (promise, type, status, what) => {
    try {
      await promise;
    } catch (error) {
      check(error instanceof type, `${what}: ${error?.constructor?.name}`);
      check(error.status === status && typeof error.error?.message === 'string' && error.error.message.length > 0, `${what} body`);
      return error;
    }
    assert.fail(`${what}: no error`);
  };
  const bad = new Metronome({ bearerToken: 'wrong-token', baseURL: info.metronome.url, maxRetries: 0 });
  const auth = await expectError(bad.v1.customers.list().then((p) => p), AuthenticationError, 401, 'bad token');
  check(auth.error.message === 'Unauthorized' && auth.message === '401 Unauthorized', 'AuthenticationError message');
  await expectError(client.v1.customers.retrieve({ customer_id: '00000000-0000-4000-8000-000000000000' }), NotFoundError, 404, 'unknown customer');
  await expectError(client.v1.customers.invoices.retrieve({ customer_id: contractCustomer.id, invoice_id: '00000000-0000-4000-8000-000000000000' }), NotFoundError, 404, 'unknown invoice');
  await expectError(client.v1.usage.list({ starting_on: '2025-05-01T06:00:00Z', ending_before: '2025-05-02T00:00:00Z', window_size: 'day' }).then((p) => p), BadRequestError, 400, 'misaligned usage window');
  await expectError(client.v1.customers.create({ name: 'Dup', ingest_aliases: ['sdk-conformance'] }), Metronome.ConflictError, 409, 'alias conflict');
  const tokens = await admin('/metronome/tokens');
  const readOnly = new Metronome({ bearerToken: tokens.read_only_token, baseURL: info.metronome.url, maxRetries: 0 });
  await expectError(readOnly.v1.customers.updateConfig({ customer_id: contractCustomer.id, salesforce_account_id: null }), PermissionDeniedError, 403, 'read-only token');

  console.log(`metronome sdk conformance: ${checks} checks passed`);
} catch (error) {
  console.error('metronome sdk conformance FAILED:', error?.stack || error);
  process.exitCode = 1;
} finally {
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
}
