// The explorer: a Cytoscape.js network fed by the GraphQL API. The URL holds the view:
//   ?expand=STATE:ARM,ORGANISATION:CSTO  nodes whose neighbours are shown
//   &kinds=MEMBER_OF,PART_OF             relationship kinds shown (all when absent)
//   &asOf=2010-01-01                     only relationships that held on that day
//   &from=ARM&to=GUAM                    the shortest connection highlighted
//   &selected=STATE:ARM                  the node whose details are open
import { ROLE_COLOURS, LABELS, VOCABULARY, escapeHtml } from './atlas.js';
import { csvText, fileName, saveBlob } from './export.js';

// Colours from the page's vocabulary; the shapes are the explorer's own.
const SHAPES = { STATE: 'ellipse', ORGANISATION: 'round-rectangle', BODY: 'round-triangle', PERSON: 'ellipse', EVENT: 'diamond' };
const KIND_STYLE = Object.fromEntries(VOCABULARY.nodeKinds.map((kind) => [kind,
  { color: VOCABULARY.swatches[kind].colour, shape: SHAPES[kind] || 'ellipse' }]));
const EDGE_FIELDS = 'start end type role roleLabel membershipKey from to sources { key title publisher url }';
const NODE_FIELDS = 'id kind key label';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(window.location.search);
const state = {
  expand: (params.get('expand') || '').split(',').filter((id) => /^[A-Z_]+:.+/.test(id)),
  kinds: params.get('kinds') ? params.get('kinds').split(',') : null, // 'none' unticks all
  asOf: /^\d{4}-\d{2}-\d{2}$/.test(params.get('asOf') || '') ? params.get('asOf') : '',
  from: params.get('from') || '',
  to: params.get('to') || '',
  selected: params.get('selected') || '',
};
const edgeData = new Map(); // edge id → GraphEdge
let pathIds = new Set();

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  if (!response.ok) throw new Error(`The API answered ${response.status}`);
  const body = await response.json();
  const errors = (body.errors || []).filter((e) => e.extensions?.classification !== 'NOT_FOUND');
  if (errors.length) throw new Error(errors.map((e) => e.message).join('; '));
  return body.data;
}

function say(text) {
  const box = $('explorer-message');
  box.textContent = text || '';
  box.hidden = !text;
}

// eslint-disable-next-line no-undef
const cy = cytoscape({
  container: $('cy'),
  wheelSensitivity: 0.3,
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 14, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap',
      'text-max-width': 140, 'background-color': 'data(color)', shape: 'data(shape)', width: 30, height: 30,
      'border-width': 1, 'border-color': '#ffffff', color: '#1d2430', 'text-outline-color': '#fff', 'text-outline-width': 2,
    } },
    { selector: 'node[kind = "ORGANISATION"]', style: { width: 46, height: 34, 'font-weight': 'bold', 'font-size': 15 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2430' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d55e00' } },
    { selector: 'edge', style: {
      width: 2, 'line-color': 'data(color)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle',
      'target-arrow-color': 'data(color)', 'arrow-scale': 0.8, opacity: 0.75,
    } },
    { selector: 'edge:selected', style: { width: 5, opacity: 1 } },
    { selector: 'edge.path', style: { 'line-color': '#d55e00', 'target-arrow-color': '#d55e00', width: 6, opacity: 1, 'z-index': 10 } },
    { selector: 'node.path', style: { 'border-color': '#d55e00', 'border-width': 5, 'font-weight': 'bold' } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
  layout: { name: 'preset' },
});

function edgeId(e) {
  return `${e.start}|${e.type}|${e.end}|${e.membershipKey || e.from || ''}`;
}

function edgeColour(e) {
  if (e.type === 'MEMBER_OF') return ROLE_COLOURS[e.role] || ROLE_COLOURS.MEMBER;
  return VOCABULARY.swatches[e.type]?.colour || '#777';
}

function addNodes(nodes) {
  const added = [];
  nodes.forEach((n) => {
    if (cy.getElementById(n.id).nonempty()) return;
    const style = KIND_STYLE[n.kind] || { color: '#777', shape: 'ellipse' };
    added.push({ group: 'nodes', data: { id: n.id, kind: n.kind, key: n.key, label: n.label, color: style.color, shape: style.shape } });
  });
  return cy.add(added);
}

function addEdges(edges) {
  const added = [];
  edges.forEach((e) => {
    const id = edgeId(e);
    if (cy.getElementById(id).nonempty() || cy.getElementById(e.start).empty() || cy.getElementById(e.end).empty()) return;
    edgeData.set(id, e);
    added.push({ group: 'edges', data: { id, source: e.start, target: e.end, type: e.type, color: edgeColour(e) } });
  });
  return cy.add(added);
}

async function expand(id) {
  const key = id.slice(id.indexOf(':') + 1);
  const data = await graphql(`query N($key: String!, $asOf: Date) { neighbourhood(key: $key, depth: 1, asOf: $asOf) {
    centre { ${NODE_FIELDS} } nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`, { key, asOf: state.asOf || null });
  const n = data.neighbourhood;
  if (!n) { say(`Nothing in the graph is called “${key}”.`); return false; }
  addNodes(n.nodes.concat([n.centre]));
  addEdges(n.edges);
  cy.getElementById(n.centre.id).addClass('expanded');
  if (!state.expand.includes(n.centre.id)) state.expand.push(n.centre.id);
  return true;
}

// The ends of a shortest connection are found by name in the whole atlas (the search API), not only
// among the nodes on screen; what the inputs show is a name, what the URL keeps is the key.
const ENDS = ['STATE', 'ORGANISATION'];
const endLabels = new Map(); // key → name, of every end seen

async function endHits(text) {
  const data = await graphql('query S($text: String!) { search(text: $text, limit: 12) { kind key name } }', { text });
  return data.search.filter((h) => ENDS.includes(h.kind));
}

/** The key of the state or organisation called text (a name, an alias or a key), or null when none is. */
async function resolveEnd(text) {
  const wanted = text.trim();
  if (!wanted) return null;
  const same = (a) => String(a || '').toLowerCase() === wanted.toLowerCase();
  const onScreen = cy.nodes().filter((n) => ENDS.includes(n.data('kind')) && (same(n.data('key')) || same(n.data('label'))));
  if (onScreen.nonempty()) return onScreen[0].data('key');
  for (const [key, name] of endLabels) if (same(key) || same(name)) return key;
  const hits = wanted.length >= 2 ? await endHits(wanted) : [];
  const hit = hits.find((h) => same(h.name) || same(h.key)) || hits[0];
  if (hit) { endLabels.set(hit.key, hit.name); return hit.key; }
  // A key no name matches (an address such as ?from=ARM): ask for it directly.
  const known = await graphql('query K($key: String!) { state(iso3: $key) { iso3 name } organisation(abbreviation: $key) { abbreviation name } }', { key: wanted });
  if (known.state) { endLabels.set(known.state.iso3, known.state.name); return known.state.iso3; }
  if (known.organisation) { endLabels.set(known.organisation.abbreviation, known.organisation.name); return known.organisation.abbreviation; }
  return null;
}

const endName = (key) => endLabels.get(key) || cy.nodes().filter((n) => n.data('key') === key).map((n) => n.data('label'))[0] || key;

async function findPath() {
  cy.elements().removeClass('path');
  pathIds = new Set();
  if (!state.from || !state.to) { $('path-result').textContent = ''; return; }
  const [from, to] = [await resolveEnd(state.from), await resolveEnd(state.to)];
  const unknown = [[state.from, from], [state.to, to]].filter(([, key]) => !key).map(([text]) => `“${text}”`);
  if (unknown.length) {
    $('path-result').textContent = `${unknown.join(' and ')} ${unknown.length === 1 ? 'is' : 'are'} unknown: no state or organisation in the atlas has that name.`;
    return;
  }
  state.from = from;
  state.to = to;
  const data = await graphql(`query P($from: String!, $to: String!, $asOf: Date) { connection(from: $from, to: $to, asOf: $asOf) {
    length steps { node { ${NODE_FIELDS} } via { ${EDGE_FIELDS} } } } }`, { from, to, asOf: state.asOf || null });
  const path = data.connection;
  if (!path) { $('path-result').textContent = `No connection between ${endName(from)} and ${endName(to)}${state.asOf ? ` on ${state.asOf}` : ''}.`; return; }
  addNodes(path.steps.map((s) => s.node));
  addEdges(path.steps.filter((s) => s.via).map((s) => s.via));
  path.steps.forEach((s) => {
    pathIds.add(s.node.id);
    if (s.via) pathIds.add(edgeId(s.via));
  });
  cy.elements().filter((el) => pathIds.has(el.id())).addClass('path');
  $('path-result').textContent = `${path.length} step${path.length === 1 ? '' : 's'}: ` + path.steps.map((s) => s.node.label).join(' → ');
}

function applyKinds() {
  const shown = new Set([...document.querySelectorAll('#kinds input:checked')].map((i) => i.value));
  cy.edges().forEach((e) => e.toggleClass('hidden', !shown.has(e.data('type')) && !pathIds.has(e.id())));
  // A node stays if it was expanded, is on the path, or still has a visible line.
  cy.nodes().forEach((n) => n.toggleClass('hidden', !n.hasClass('expanded') && !pathIds.has(n.id())
    && n.connectedEdges().filter((e) => !e.hasClass('hidden')).empty()));
}

function layout() {
  const visible = cy.elements().not('.hidden');
  visible.layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: 70,
    nodeRepulsion: 9000, padding: 20,
    boundingBox: { x1: 0, y1: 0, w: Math.max(300, cy.width()), h: Math.max(300, cy.height()) } }).run();
  cy.fit(visible, 30);
}

function syncUrl() {
  const query = new URLSearchParams();
  if (state.expand.length) query.set('expand', state.expand.join(','));
  const all = [...document.querySelectorAll('#kinds input')];
  const checked = all.filter((i) => i.checked).map((i) => i.value);
  const standard = all.filter((i) => i.dataset.default === 'true').map((i) => i.value);
  if (checked.join(',') !== standard.join(',')) query.set('kinds', checked.join(',') || 'none');
  if (state.asOf) query.set('asOf', state.asOf);
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  if (state.selected) query.set('selected', state.selected);
  const text = query.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  window.history.replaceState(null, '', text ? `?${text}` : window.location.pathname);
}

function sourceLinks(sources) {
  return (sources || []).map((s) => `<a href="/sources#source-${encodeURIComponent(s.key)}" title="${escapeHtml(s.publisher || '')}">${escapeHtml(s.title)}</a>`).join('; ') || '—';
}

function pageOf(node) {
  if (node.data('kind') === 'STATE') return `/states/${encodeURIComponent(node.data('key'))}`;
  if (node.data('kind') === 'ORGANISATION') return `/organisations/${encodeURIComponent(node.data('key'))}`;
  return null;
}

function showNode(node) {
  const page = pageOf(node);
  const endpoint = ['STATE', 'ORGANISATION'].includes(node.data('kind'));
  $('details').innerHTML = `<h3>${escapeHtml(node.data('label'))}</h3>
    <p class="note">${escapeHtml(node.data('kind').toLowerCase())} · ${node.connectedEdges().length} relationships in view</p>
    ${page ? `<p><a href="${page}">Open its page</a></p>` : ''}
    ${endpoint ? `<p><button type="button" class="secondary" data-end="from">Connect from here</button>
      <button type="button" class="secondary" data-end="to">Connect to here</button></p>` : ''}`;
  $('details').querySelectorAll('button[data-end]').forEach((b) => b.addEventListener('click', () => {
    $(`path-${b.dataset.end}`).value = node.data('label');
    state[b.dataset.end] = node.data('key');
    run(findPath);
  }));
}

function showEdge(edge) {
  const e = edgeData.get(edge.id());
  if (!e) return;
  const from = cy.getElementById(e.start).data('label');
  const to = cy.getElementById(e.end).data('label');
  const what = e.type === 'MEMBER_OF' ? `${e.roleLabel || LABELS[e.role] || 'member'}` : e.type.replace(/_/g, ' ').toLowerCase();
  $('details').innerHTML = `<h3>${escapeHtml(from)} → ${escapeHtml(to)}</h3>
    <p><span class="badge plain">${escapeHtml(what)}</span>${e.type === 'HELD_OFFICE' && e.roleLabel ? ` ${escapeHtml(e.roleLabel)}` : ''}</p>
    <dl class="facts"><dt>From</dt><dd>${escapeHtml(e.from || 'unknown')}</dd><dt>To</dt><dd>${escapeHtml(e.to || (e.from ? 'still holds' : 'unknown'))}</dd>
    <dt>Sources</dt><dd>${sourceLinks(e.sources)}</dd></dl>`;
}

function refreshLists() {
  const endpoints = cy.nodes().filter((n) => ['STATE', 'ORGANISATION'].includes(n.data('kind')))
    .sort((a, b) => a.data('label').localeCompare(b.data('label')));
  endpoints.forEach((n) => endLabels.set(n.data('key'), n.data('label')));
  ['from', 'to'].forEach((end) => {
    const input = $(`path-${end}`);
    if (document.activeElement !== input) input.value = state[end] ? endName(state[end]) : '';
  });
  const visibleNodes = cy.nodes().not('.hidden').sort((a, b) => a.data('label').localeCompare(b.data('label')));
  $('node-list').innerHTML = visibleNodes.map((n) =>
    `<li><button type="button" class="secondary" data-node="${escapeHtml(n.id())}" aria-label="Expand ${escapeHtml(n.data('label'))}">${escapeHtml(n.data('label'))}</button></li>`).join('');
  $('node-list').querySelectorAll('button').forEach((b) => b.addEventListener('click', () => select(b.dataset.node)));
  $('edge-table').tBodies[0].innerHTML = edgeRows().map((r) =>
    `<tr${r.onPath ? ' class="competing"' : ''}><td>${escapeHtml(r.from)}</td><td>${escapeHtml(r.relationship)}</td>
      <td>${escapeHtml(r.to)}</td><td class="date">${escapeHtml(r.since)} – ${escapeHtml(r.until)}</td>
      <td>${sourceLinks(r.sources)}</td></tr>`).join('');
}

/**
 * The rows of the "Relationships in view" table, in its order: one per visible line. The table and
 * its CSV are both written from these, so the CSV holds exactly what the table shows.
 */
function edgeRows() {
  return cy.edges().not('.hidden').map((edge) => {
    const e = edgeData.get(edge.id());
    return {
      from: cy.getElementById(e.start).data('label'),
      relationship: e.type === 'MEMBER_OF' ? `member of (${e.roleLabel || LABELS[e.role]})` : e.type.replace(/_/g, ' ').toLowerCase(),
      to: cy.getElementById(e.end).data('label'),
      since: e.from || '?',
      until: e.to || '',
      sources: e.sources || [],
      onPath: pathIds.has(edge.id()),
    };
  });
}

/** The table as CSV: its columns, the dates split in two, and each row's sources by key and by title and address. */
function edgeCsv() {
  const header = ['from', 'relationship', 'to', 'from_date', 'to_date', 'on_shortest_connection', 'source_keys', 'sources'];
  return csvText([header, ...edgeRows().map((r) => [r.from, r.relationship, r.to, r.since, r.until, r.onPath,
    r.sources.map((s) => s.key).join('; '),
    r.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)).join('; ')])]);
}

let busy = Promise.resolve();
/** Runs a change of view, then redraws, lays out and writes the URL; changes run one after another. */
function run(change, { relayout = true } = {}) {
  busy = busy.then(async () => {
    say('');
    try {
      await change();
    } catch (error) {
      say(`The explorer could not load this: ${error.message}`);
    }
    applyKinds();
    if (relayout) layout();
    if (state.selected && cy.getElementById(state.selected).nonempty()) {
      cy.elements().unselect();
      cy.getElementById(state.selected).select();
      showNode(cy.getElementById(state.selected));
    }
    refreshLists();
    syncUrl();
    document.body.dataset.explorerReady = String(cy.nodes().length);
  });
  return busy;
}

function select(id) {
  state.selected = id;
  return run(() => expand(id));
}

async function rebuild() {
  cy.elements().remove();
  edgeData.clear();
  const ids = state.expand.slice();
  state.expand = [];
  for (const id of ids) await expand(id);
  await findPath();
}

// --- Events ---------------------------------------------------------------------------------------
cy.on('tap', 'node', (event) => select(event.target.id()));
cy.on('tap', 'edge', (event) => {
  cy.elements().unselect();
  event.target.select();
  showEdge(event.target);
});

$('search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = $('search-text').value.trim();
  const list = $('search-results');
  if (!text) { list.innerHTML = ''; return; }
  try {
    const data = await graphql('query S($text: String!) { search(text: $text, limit: 12) { kind key name matched language } }', { text });
    list.innerHTML = data.search.length ? data.search.map((h) => `<li><button type="button" data-node="${escapeHtml(`${h.kind}:${h.key}`)}">
      ${escapeHtml(h.name)} <span class="note">${escapeHtml(h.kind.toLowerCase())}${h.matched ? ` · “${escapeHtml(h.matched)}”` : ''}</span></button></li>`).join('')
      : '<li class="note">Nothing found.</li>';
    list.querySelectorAll('button').forEach((b) => b.addEventListener('click', () => select(b.dataset.node)));
  } catch (error) {
    list.innerHTML = `<li class="note">Search failed: ${escapeHtml(error.message)}</li>`;
  }
});

document.querySelectorAll('#kinds input').forEach((input) => {
  if (state.kinds) input.checked = state.kinds.includes(input.value);
  input.addEventListener('change', () => run(() => {}));
});
$('as-of').value = state.asOf;
$('as-of').addEventListener('change', () => {
  state.asOf = $('as-of').value;
  run(rebuild);
});
$('path-go').addEventListener('click', () => {
  state.from = $('path-from').value.trim();
  state.to = $('path-to').value.trim();
  if (!state.from || !state.to) { $('path-result').textContent = 'Name both ends first.'; return; }
  run(findPath);
});
['from', 'to'].forEach((end) => {
  const input = $(`path-${end}`);
  let typing = null;
  // Suggestions from the whole atlas while typing.
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const text = input.value.trim();
    if (text.length < 2) return;
    typing = setTimeout(async () => {
      try {
        const hits = await endHits(text);
        hits.forEach((h) => endLabels.set(h.key, h.name));
        $(`path-${end}-options`).innerHTML = hits.map((h) => `<option value="${escapeHtml(h.name)}">${escapeHtml(h.kind.toLowerCase())}</option>`).join('');
      } catch (error) {
        $(`path-${end}-options`).innerHTML = '';
      }
    }, 250);
  });
  input.addEventListener('keydown', (event) => { if (event.key === 'Enter') { event.preventDefault(); $('path-go').click(); } });
});
$('path-clear').addEventListener('click', () => {
  state.from = '';
  state.to = '';
  run(findPath, { relayout: false });
});
$('reset').addEventListener('click', () => {
  Object.assign(state, { expand: [], from: '', to: '', selected: '' });
  $('details').innerHTML = '<p class="note">Click a node or a line for details.</p>';
  run(rebuild);
});

// --- Export ---------------------------------------------------------------------------------------
function viewJson() {
  const visible = cy.elements().not('.hidden');
  return {
    url: window.location.href,
    asOf: state.asOf || null,
    nodes: visible.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), key: n.data('key'), label: n.data('label') })),
    edges: visible.edges().map((e) => ({ id: e.id(), ...edgeData.get(e.id()), onPath: pathIds.has(e.id()) })),
  };
}

function xml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[c]));
}

function viewGraphMl() {
  const view = viewJson();
  const keys = [['label', 'node'], ['kind', 'node'], ['key', 'node'], ['type', 'edge'], ['role', 'edge'], ['from', 'edge'], ['to', 'edge'], ['sources', 'edge']];
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(([k, f]) => `  <key id="${k}" for="${f}" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="alliance-atlas" edgedefault="directed">'];
  view.nodes.forEach((n) => lines.push(`    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="kind">${xml(n.kind)}</data><data key="key">${xml(n.key)}</data></node>`));
  view.edges.forEach((e) => lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.start)}" target="${xml(e.end)}"><data key="type">${xml(e.type)}</data>` +
    `${e.role ? `<data key="role">${xml(e.role)}</data>` : ''}${e.from ? `<data key="from">${xml(e.from)}</data>` : ''}${e.to ? `<data key="to">${xml(e.to)}</data>` : ''}` +
    `<data key="sources">${xml((e.sources || []).map((s) => s.title).join('; '))}</data></edge>`));
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n');
}

// The SVG is drawn by cytoscape-svg (static/vendor/), which replays Cytoscape's own drawing of the
// visible elements into SVG: the same shapes, colours, lines and labels as on screen, text escaped.
function viewSvg() {
  let svg = cy.svg({ full: true, scale: 1, bg: '#ffffff' });
  if (!svg.startsWith('<?xml')) svg = `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  return svg;
}

// Files named after what they show: the explorer's view, and its day when one is chosen.
const exportName = (extension) => `${fileName('alliance-atlas', 'explorer', state.asOf)}.${extension}`;
$('export-png').addEventListener('click', () => saveBlob(exportName('png'), cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 })));
$('export-svg').addEventListener('click', () => saveBlob(exportName('svg'), new Blob([viewSvg()], { type: 'image/svg+xml' })));
$('export-json').addEventListener('click', () => saveBlob(exportName('json'), new Blob([JSON.stringify(viewJson(), null, 2)], { type: 'application/json' })));
$('export-graphml').addEventListener('click', () => saveBlob(exportName('graphml'), new Blob([viewGraphMl()], { type: 'application/xml' })));
$('edge-csv').addEventListener('click', () => saveBlob(`${fileName('alliance-atlas', 'explorer', 'relationships', state.asOf)}.csv`,
  new Blob([edgeCsv()], { type: 'text/csv;charset=utf-8' })));

// Tests and curious readers can reach the graph from the console.
window.atlasExplorer = { cy, select, ready: () => busy };

// --- Start ------------------------------------------------------------------------------------------
if (!state.expand.length && !state.from) state.expand = ['ORGANISATION:CSTO'];
run(rebuild);
