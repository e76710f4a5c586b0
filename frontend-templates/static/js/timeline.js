import { ROLE_COLOURS, STATUS_COLOURS, LABELS, chartOn, readData, autoSubmit, escapeHtml } from './atlas.js';
import { addChartExports, fileName } from './export.js';
import { suggestOnDemand } from './suggest.js';

// Days come from the server, which applies the one partial-date rule (a start counts from the first day of
// its year or month, an end through the last): validFrom / validTo, never computed here.
const day = (iso) => (iso ? Date.parse(iso) : null);
const FIRST_YEAR = Date.UTC(1991, 0, 1);

autoSubmit(document.getElementById('timeline-form'));
document.querySelectorAll('datalist[data-kind]').forEach(suggestOnDemand);
const element = document.getElementById('timeline-chart');
const data = readData(element);

if (data) {
  const today = day(data.today);
  const EVENTS = 'Events';
  const SHORT = { ASSOCIATE_MEMBER: 'associate', OBSERVER: 'observer', PARLIAMENTARY_OBSERVER: 'parl. observer', PARTNER: 'partner', PARTICIPANT: 'participant' };
  // A membership whose source gives no date at all is a claim without a period: its row is labelled
  // undated and gets no bar, since it held on no particular day.
  const undated = (m) => !m.from && !m.to;
  // One row per state, organisation and role, so a state's observer years never hide its member years.
  const rowKey = (m) => `${m.state.name} · ${m.organisation.abbreviation}${SHORT[m.role] ? ` (${SHORT[m.role]})` : ''}${undated(m) ? ' · undated' : ''}`;
  const rows = [EVENTS];
  data.memberships.forEach((m) => { if (!rows.includes(rowKey(m))) rows.push(rowKey(m)); });

  const bars = data.memberships.filter((m) => !undated(m)).map((m) => ({
    // A start no source gives is drawn from 1991, faded (the fourth value is the opacity).
    value: [rows.indexOf(rowKey(m)), day(m.validFrom) ?? FIRST_YEAR, day(m.validTo) ?? today, m.validFrom ? 1 : 0.3],
    itemStyle: { color: ROLE_COLOURS[m.role] },
    membership: m,
  }));
  const bands = [];
  data.memberships.forEach((m) => (m.statusChanges || []).forEach((s) => bands.push({
    value: [rows.indexOf(rowKey(m)), day(s.validFrom), day(s.validTo) ?? day(m.validTo) ?? today, 1],
    itemStyle: { color: STATUS_COLOURS[s.status] || '#999' },
    membership: m,
    change: s,
  })));
  const events = data.events.filter((e) => e.validFrom).map((e) => ({ value: [day(e.validFrom), 0], event: e }));

  const rectangle = (share) => (params, api) => {
    const y = api.value(0);
    const from = api.coord([api.value(1), y]);
    const to = api.coord([api.value(2), y]);
    const height = api.size([0, 1])[1] * share;
    // eslint-disable-next-line no-undef
    const shape = echarts.graphic.clipRectByRect(
      { x: from[0], y: from[1] - height / 2, width: Math.max(2, to[0] - from[0]), height },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height },
    );
    return shape && { type: 'rect', shape, style: { fill: api.visual('color'), opacity: api.value(3), stroke: 'rgba(0,0,0,.25)', lineWidth: 0.5 } };
  };

  element.style.height = `${Math.max(260, 90 + rows.length * 22)}px`;
  const chart = chartOn(element);
  const range = (a, b) => `${escapeHtml(a || '?')} – ${escapeHtml(b || 'today')}`;
  chart.setOption({
    aria: { enabled: true },
    tooltip: {
      // Tooltips are HTML: every stored value goes through escapeHtml.
      formatter: (p) => {
        if (p.data.event) {
          const e = p.data.event;
          return `<strong>${escapeHtml(e.date)}</strong> ${escapeHtml(e.title)}<br>${escapeHtml(e.organisations.map((o) => o.abbreviation).join(', '))}`;
        }
        const m = p.data.membership;
        const head = `${escapeHtml(m.state.name)} — ${escapeHtml(m.organisation.abbreviation)}`;
        if (p.data.change) return `${head}<br>${escapeHtml(LABELS[p.data.change.status] || p.data.change.status)} ${range(p.data.change.from, p.data.change.to)}`;
        return `${head}<br>${escapeHtml(m.roleLabel || LABELS[m.role])} ${range(m.from, m.to)}` +
          (m.from ? '' : '<br>start not given by the source') +
          (m.to && m.status === 'SUSPENDED' ? '<br>ended as suspended' : '');
      },
    },
    grid: { left: 8, right: 24, top: 30, bottom: 30, containLabel: true },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }],
    xAxis: { type: 'time', min: FIRST_YEAR, max: today, position: 'top', splitLine: { show: true } },
    yAxis: { type: 'category', data: rows, inverse: true, axisLabel: { width: 190, overflow: 'truncate', fontSize: 11 },
      axisTick: { show: false } },
    series: [
      { name: 'Memberships', type: 'custom', renderItem: rectangle(0.7), encode: { x: [1, 2], y: 0 }, data: bars },
      { name: 'Status', type: 'custom', renderItem: rectangle(0.32), encode: { x: [1, 2], y: 0 }, data: bands, z: 3 },
      { name: 'Events', type: 'scatter', symbol: 'diamond', symbolSize: 11, data: events, clip: true,
        itemStyle: { color: '#1d2430', borderColor: '#fff', borderWidth: 1 }, z: 4 },
    ],
  });
  addChartExports(document.getElementById('timeline-chart-tools'), chart, fileName('timeline', data.organisation, data.state));
}
