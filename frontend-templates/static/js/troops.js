import { TROOP_COLOURS, chartOn, readData, formatNumber, autoSubmit } from './atlas.js';
import { addChartExports, fileName } from './export.js';

const element = document.getElementById('troop-chart');
const data = readData(element);
autoSubmit(document.getElementById('troop-form'));

if (element && data) {
  const per = data.perThousand;
  const rows = data.rows.filter((r) => !per || r.perThousandTotal != null);
  const label = (r) => (r.kind === 'competing'
    ? `${r.state} (competing${r.claimField ? ' ' + r.claimField : ''})`
    : r.state);
  const value = (r, field) => (per ? r[field + 'PerThousand'] : r[field]);
  const series = ['active', 'reserve', 'paramilitary'].map((field) => ({
    name: field,
    type: 'bar',
    stack: 'personnel',
    emphasis: { focus: 'series' },
    itemStyle: { color: TROOP_COLOURS[field] },
    data: rows.map((r) => ({
      value: value(r, field),
      itemStyle: r.kind === 'competing' ? { color: TROOP_COLOURS[field], opacity: 0.55, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [4, 3], rotation: -0.785 } } : undefined,
    })),
  }));
  const chart = chartOn(element);
  chart.setOption({
    aria: { enabled: true, decal: { show: false } },
    color: [TROOP_COLOURS.active, TROOP_COLOURS.reserve, TROOP_COLOURS.paramilitary],
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => formatNumber(v),
    },
    xAxis: { type: 'value', name: per ? 'per 1000 inhabitants' : 'personnel', nameLocation: 'middle', nameGap: 26,
      axisLabel: { formatter: (v) => (per ? v : (v >= 1e6 ? v / 1e6 + 'M' : v >= 1e3 ? v / 1e3 + 'k' : v)) } },
    yAxis: { type: 'category', inverse: true, data: rows.map(label), axisLabel: { width: 150, overflow: 'truncate' } },
    series,
  });
  addChartExports(document.getElementById('troop-chart-tools'), chart,
    fileName('troops', data.organisation, data.year, per ? 'per-1000' : ''));
}
