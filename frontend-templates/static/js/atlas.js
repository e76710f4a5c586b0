// Shared helpers for the Alliance Atlas pages: colours, data reading, chart set-up.

/** Labels of roles, statuses and relationship kinds: the page's vocabulary (an escaped attribute), written by the server. */
const vocabularyText = document.querySelector('meta[name="atlas-vocabulary"]')?.content ?? '';
export const VOCABULARY = vocabularyText.trim()
  ? JSON.parse(vocabularyText) : { labels: {}, swatches: {}, roles: [], statuses: [], stages: [], relationships: [], nodeKinds: [] };
export const LABELS = VOCABULARY.labels;

/** Colours of roles and of statuses and stages (Okabe–Ito; Paul Tol's muted scheme for the stages). */
const colours = (keys) => Object.fromEntries(keys.map((key) => [key, VOCABULARY.swatches[key].colour]));
export const ROLE_COLOURS = colours(VOCABULARY.roles);
export const STATUS_COLOURS = colours([...VOCABULARY.statuses.filter((s) => s !== 'ACTIVE'), ...VOCABULARY.stages]);
/** Troop bars reuse the first three role colours. */
export const TROOP_COLOURS = { active: ROLE_COLOURS.MEMBER, reserve: ROLE_COLOURS.ASSOCIATE_MEMBER, paramilitary: ROLE_COLOURS.OBSERVER };

/** The colour of a membership: its status if not active, else its role. */
export function membershipColour(role, status) {
  if (status && status !== 'ACTIVE' && STATUS_COLOURS[status]) return STATUS_COLOURS[status];
  return ROLE_COLOURS[role] || '#777';
}

/** The JSON a page put into an element's data-chart attribute. */
export function readData(element, attribute = 'chart') {
  const text = element?.dataset?.[attribute];
  return text ? JSON.parse(text) : null;
}

/** An ECharts instance on the element, resized with the window; drawn as SVG so tests can count shapes. */
export function chartOn(element) {
  // eslint-disable-next-line no-undef
  const chart = echarts.init(element, null, { renderer: 'svg' });
  window.addEventListener('resize', () => chart.resize());
  return chart;
}

export function formatNumber(value) {
  return value == null ? '—' : Number(value).toLocaleString('en-GB');
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** Submits a filter form as soon as one of its fields changes (the submit button stays for keyboards). */
export function autoSubmit(form) {
  if (!form) return;
  form.querySelectorAll('select, input[type="radio"], input[type="checkbox"]').forEach((field) => {
    field.addEventListener('change', () => form.requestSubmit());
  });
}
