// The trend charts, drawn from their data-chart attributes only, so that any page including the trends
// fragments (the trends page, an embed page) draws them the same way.
import { ROLE_COLOURS, membershipColour, chartOn, readData, formatNumber, escapeHtml, TROOP_COLOURS } from './atlas.js';
import { addChartExports } from './export.js';

/** Patterns telling organisations apart when several are stacked side by side (colours stay the roles'). */
const DECALS = [
  null,
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: -0.785, color: 'rgba(255,255,255,0.55)' },
  { symbol: 'circle', symbolSize: 0.5, dashArrayX: [[6, 6]], dashArrayY: [6, 0], color: 'rgba(255,255,255,0.6)' },
  { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 4], rotation: 0.785, color: 'rgba(0,0,0,0.35)' },
];

const HATCH = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [3, 3], rotation: -0.785, color: 'rgba(255,255,255,0.7)' };

function membersOption(data) {
  const years = data.years.map(String);
  const series = [];
  data.organisations.forEach((organisation, index) => {
    const rows = data.rows.filter((r) => r.organisation === organisation);
    data.stacks.forEach((stack, column) => {
      const values = rows.map((r) => r.counts[column]);
      if (values.every((v) => v === 0)) return;
      series.push({
        name: data.organisations.length > 1 ? `${organisation} · ${stack.label}` : stack.label,
        type: 'bar',
        stack: organisation,
        barGap: '8%',
        emphasis: { focus: 'series' },
        itemStyle: { color: membershipColour(stack.role, stack.status), decal: DECALS[index % DECALS.length] || undefined },
        data: rows.map((r, i) => ({ value: values[i], states: r.states[stack.key] || [] })),
        organisation,
        stackKey: stack.key,
      });
    });
  });
  return {
    aria: { enabled: true, decal: { show: false } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      // Tooltips are HTML: every stored value goes through escapeHtml.
      formatter: (p) => `${escapeHtml(p.seriesName)}, ${escapeHtml(p.name)}: <strong>${escapeHtml(p.value)}</strong>`
        + (p.data.states.length ? `<br>${p.data.states.map(escapeHtml).join(', ')}` : ''),
    },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', name: 'states', minInterval: 1 },
    series,
  };
}

function troopsOption(data) {
  const colours = [TROOP_COLOURS.active, '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];
  const years = data.points.map((p) => p.year);
  const series = data.series.map((name, i) => ({
    name,
    type: 'line',
    symbolSize: 10,
    connectNulls: true,
    itemStyle: { color: colours[i % colours.length] },
    data: data.points.filter((p) => p.series === name)
      .map((p) => ({ value: [p.year, p.value], symbol: p.competing ? 'diamond' : 'circle', competing: p.competing })),
  })).filter((s) => s.data.length);
  return {
    aria: { enabled: true },
    legend: { top: 0, type: 'scroll', formatter: (n) => (n.length > 48 ? `${n.slice(0, 46)}…` : n) },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => `${escapeHtml(p.seriesName)}<br>${escapeHtml(p.value[0])}: <strong>${escapeHtml(formatNumber(p.value[1]))}</strong>`
        + (p.data.competing ? ' (competing)' : ''),
    },
    xAxis: { type: 'value', name: 'year', min: years.length ? Math.min(...years) - 1 : 1991,
      max: years.length ? Math.max(...years) + 1 : undefined, minInterval: 1, axisLabel: { formatter: (v) => String(v) } },
    yAxis: { type: 'value', name: `${data.measure} personnel`, axisLabel: { formatter: (v) => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}k` : v) } },
    series,
  };
}

function totalsOption(data) {
  return {
    aria: { enabled: true, decal: { show: false } },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => `${escapeHtml(p.name)}: <strong>${escapeHtml(formatNumber(p.value))}</strong><br>${escapeHtml(p.data.coverage)}`,
    },
    xAxis: { type: 'category', data: data.rows.map((r) => String(r.year)) },
    yAxis: { type: 'value', name: `${data.measure} personnel`, axisLabel: { formatter: (v) => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}k` : v) } },
    series: [{
      name: `${data.organisation} members, summed`,
      type: 'bar',
      label: { show: true, position: 'top', formatter: (p) => (p.data.isTotal ? `${p.data.covered} of ${p.data.members}` : `${p.data.covered} of ${p.data.members}: not a total`) },
      data: data.rows.map((r) => ({
        value: r.value,
        coverage: r.coverage,
        isTotal: r.isTotal,
        covered: r.covered,
        members: r.members,
        itemStyle: r.isTotal ? { color: ROLE_COLOURS.MEMBER } : { color: '#8fb8de', decal: HATCH },
      })),
    }],
  };
}

const OPTIONS = { members: membersOption, troops: troopsOption, totals: totalsOption };

/** Draws every trend chart inside root; returns the chart instances. */
export function drawTrends(root) {
  const charts = [];
  root.querySelectorAll('[data-trend]').forEach((element) => {
    const data = readData(element);
    const option = OPTIONS[element.dataset.trend];
    if (!data || !option) return;
    const chart = chartOn(element);
    chart.setOption(option(data));
    const toolbar = element.closest('section')?.querySelector('.toolbar');
    addChartExports(toolbar, chart, toolbar?.dataset.exportName || element.dataset.trend);
    charts.push(chart);
  });
  return charts;
}

export const drawn = drawTrends(document);
