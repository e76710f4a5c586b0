import { ROLE_COLOURS, STATUS_COLOURS, LABELS, chartOn, readData, escapeHtml } from './atlas.js';
import { addChartExports, fileName } from './export.js';
import { liveFilters } from './inplace.js';

// The year slider picks 31 December of that year (today for this year); the slider, the day and the
// organisations update the page in place (inplace.js): its tables and chart data are replaced, the charts
// redrawn and the address bar rewritten. Focus stays where it was.
const form = document.getElementById('overlap-form');
const slider = document.getElementById('year');
const dateField = document.getElementById('date');
const output = document.getElementById('year-out');
const matrixElement = document.getElementById('state-matrix');
let data = readData(matrixElement);

const charts = {};
/** One ECharts instance per chart element, made once and redrawn on each update. */
function chartFor(id) {
  if (!charts[id]) charts[id] = chartOn(document.getElementById(id));
  return charts[id];
}

function draw() {
  const orgs = data.organisations;
  // One category per role, and the statuses that override it.
  const categories = [...Object.keys(ROLE_COLOURS), 'FROZEN', 'SUSPENDED'];
  const colourOf = (key) => ROLE_COLOURS[key] || STATUS_COLOURS[key];
  const states = data.rows.map((r) => r.name);
  const cells = [];
  data.rows.forEach((row, y) => {
    orgs.forEach((org, x) => {
      const cell = row.cells[org];
      if (!cell) return;
      const key = cell.status === 'FROZEN' || cell.status === 'SUSPENDED' ? cell.status : cell.role;
      cells.push({ value: [x, y, categories.indexOf(key)], cell, state: row.name, org });
    });
  });
  const stateChart = chartFor('state-matrix');
  matrixElement.style.height = `${Math.max(320, 60 + states.length * 22)}px`;
  stateChart.resize();
  stateChart.setOption({
    aria: { enabled: true },
    tooltip: {
      formatter: (p) => {
        const c = p.data.cell;
        // Tooltips are HTML: every stored value goes through escapeHtml.
        return `${escapeHtml(p.data.state)} — ${escapeHtml(p.data.org)}<br>${escapeHtml(c.roleLabel || LABELS[c.role] || c.role)}` +
          (c.status !== 'ACTIVE' ? ` (${escapeHtml((LABELS[c.status] || c.status).toLowerCase())})` : '') +
          `<br>${escapeHtml(c.from || '?')} – ${escapeHtml(c.to || '')}`;
      },
    },
    grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: orgs, position: 'top', splitArea: { show: true }, axisLabel: { fontWeight: 'bold' } },
    yAxis: { type: 'category', data: states, inverse: true, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise', show: false, dimension: 2,
      pieces: categories.map((key, i) => ({ value: i, label: LABELS[key], color: colourOf(key) })),
    },
    series: [{ name: 'Role', type: 'heatmap', data: cells, itemStyle: { borderColor: '#fff', borderWidth: 2 },
      emphasis: { itemStyle: { borderColor: '#333' } } }],
  }, true);

  // Shared full members of each pair of organisations.
  const pairs = data.matrix.map((c) => [orgs.indexOf(c.column.abbreviation), orgs.indexOf(c.row.abbreviation), c.count])
    .filter((v) => v[0] >= 0 && v[1] >= 0);
  const max = Math.max(1, ...pairs.map((v) => v[2]));
  const orgChart = chartFor('org-matrix');
  orgChart.setOption({
    aria: { enabled: true },
    tooltip: { formatter: (p) => `${escapeHtml(orgs[p.value[1]])} & ${escapeHtml(orgs[p.value[0]])}: ${escapeHtml(p.value[2])} shared members` },
    grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: orgs, position: 'top' },
    yAxis: { type: 'category', data: orgs, inverse: true },
    visualMap: { show: false, min: 0, max, inRange: { color: ['#eef4fa', '#0b5cad'] } },
    series: [{ type: 'heatmap', data: pairs, label: { show: true, fontSize: 14,
      color: '#111', textBorderColor: '#fff', textBorderWidth: 2 },
    itemStyle: { borderColor: '#fff', borderWidth: 2 } }],
  }, true);

  // UpSet: bars of exclusive intersection sizes above a dot matrix of which organisations form each.
  const sets = data.intersections;
  const labels = sets.map((s) => s.label);
  const dots = [];
  const lines = [];
  sets.forEach((s, x) => {
    orgs.forEach((org, y) => dots.push({ value: [x, y], itemStyle: { color: s.organisations.includes(org) ? '#1d2430' : '#d8dde5' } }));
    const ys = s.organisations.map((o) => orgs.indexOf(o));
    if (ys.length > 1) lines.push({ coords: [[x, Math.min(...ys)], [x, Math.max(...ys)]] });
  });
  const upset = chartFor('upset');
  upset.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'item', formatter: (p) => (p.seriesIndex === 0 ? `${escapeHtml(sets[p.dataIndex].label)}: ${escapeHtml(sets[p.dataIndex].states.join(', '))}` : '') },
    grid: [{ left: 60, right: 10, top: 10, height: '48%' }, { left: 60, right: 10, top: '62%', bottom: 10 }],
    xAxis: [
      { type: 'category', data: labels, gridIndex: 0, axisLabel: { show: false }, axisTick: { show: false } },
      { type: 'category', data: labels, gridIndex: 1, show: false },
    ],
    yAxis: [
      { type: 'value', gridIndex: 0, name: 'states', minInterval: 1 },
      { type: 'category', data: orgs, gridIndex: 1, inverse: true, axisTick: { show: false }, axisLine: { show: false } },
    ],
    series: [
      { type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: sets.map((s) => s.states.length), itemStyle: { color: '#0072b2' },
        label: { show: true, position: 'top' }, barMaxWidth: 36 },
      { type: 'lines', coordinateSystem: 'cartesian2d', xAxisIndex: 1, yAxisIndex: 1, data: lines, silent: true,
        lineStyle: { color: '#1d2430', width: 3, opacity: 1 } },
      { type: 'scatter', xAxisIndex: 1, yAxisIndex: 1, data: dots, symbolSize: 14, silent: true, z: 3 },
    ],
  }, true);
}

if (data) {
  // the full page and its embed (/embed/overlap, which has no filters) draw the same charts
  draw();
  const name = (what) => () => fileName(...data.organisations, what, data.day);
  addChartExports(document.getElementById('state-matrix-tools'), chartFor('state-matrix'), name('members'));
  addChartExports(document.getElementById('org-matrix-tools'), chartFor('org-matrix'), name('shared-members'));
  addChartExports(document.getElementById('upset-tools'), chartFor('upset'), name('intersections'));
}

if (form && data) {
  const today = dateField.max;
  const update = liveFilters(form, ['overlap-messages', 'overlap-day', 'overlap-organisations', 'overlap-tables'], (page) => {
    const fresh = page.getElementById('state-matrix');
    matrixElement.dataset.chart = fresh.dataset.chart;
    matrixElement.setAttribute('aria-label', fresh.getAttribute('aria-label'));
    data = readData(matrixElement);
    draw();
    document.body.dataset.overlapDay = data.day;
  });
  slider.addEventListener('input', () => { output.textContent = slider.value; });
  slider.addEventListener('change', () => {
    const end = `${slider.value}-12-31`;
    dateField.value = end > today ? today : end;
    update();
  });
  dateField.addEventListener('change', () => {
    if (!dateField.value) return;
    slider.value = dateField.value.slice(0, 4);
    output.textContent = slider.value;
  });
}
