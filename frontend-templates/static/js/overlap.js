import { ROLE_COLOURS, STATUS_COLOURS, LABELS, chartOn, readData, escapeHtml } from './atlas.js';

// The year slider picks 31 December of that year (today for this year) and reloads the page.
const form = document.getElementById('overlap-form');
const slider = document.getElementById('year');
const dateField = document.getElementById('date');
const output = document.getElementById('year-out');
if (slider && dateField) {
  const today = dateField.max;
  slider.addEventListener('input', () => { output.textContent = slider.value; });
  slider.addEventListener('change', () => {
    const end = `${slider.value}-12-31`;
    dateField.value = end > today ? today : end;
    form.requestSubmit();
  });
  dateField.addEventListener('change', () => { if (dateField.value) form.requestSubmit(); });
}

const matrixElement = document.getElementById('state-matrix');
const data = readData(matrixElement);

if (data) {
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
  const stateChart = chartOn(matrixElement);
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
  });

  // Shared full members of each pair of organisations.
  const pairs = data.matrix.map((c) => [orgs.indexOf(c.column.abbreviation), orgs.indexOf(c.row.abbreviation), c.count])
    .filter((v) => v[0] >= 0 && v[1] >= 0);
  const max = Math.max(1, ...pairs.map((v) => v[2]));
  const orgChart = chartOn(document.getElementById('org-matrix'));
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
  });

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
  const upset = chartOn(document.getElementById('upset'));
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
  });
}
