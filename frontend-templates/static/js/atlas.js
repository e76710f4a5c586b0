// Shared helpers for the Alliance Atlas pages: colours, data reading, chart set-up.

/** Okabe–Ito colours, safe for colour-blind readers; the same as in atlas.css. */
export const ROLE_COLOURS = {
  MEMBER: '#0072b2',
  ASSOCIATE_MEMBER: '#56b4e9',
  OBSERVER: '#e69f00',
  PARLIAMENTARY_OBSERVER: '#f0e442',
  PARTNER: '#009e73',
  PARTICIPANT: '#44aa99',
};
export const STATUS_COLOURS = {
  FROZEN: '#cc79a7', SUSPENDED: '#d55e00', ENDED: '#b8bec8',
  // Stages recorded inside a membership (Paul Tol's muted scheme, also colour-blind safe).
  WITHDRAWING: '#999933', REPRESENTATIVES_RECALLED: '#882255',
};
export const TROOP_COLOURS = { active: '#0072b2', reserve: '#56b4e9', paramilitary: '#e69f00' };

export const LABELS = {
  MEMBER: 'Member', ASSOCIATE_MEMBER: 'Associate member', OBSERVER: 'Observer',
  PARLIAMENTARY_OBSERVER: 'Parliamentary observer', PARTNER: 'Partner', PARTICIPANT: 'Participant (not a member)',
  ACTIVE: 'Active', FROZEN: 'Frozen', SUSPENDED: 'Suspended', ENDED: 'Ended',
  WITHDRAWING: 'Withdrawing (notice given)', REPRESENTATIVES_RECALLED: 'Representatives recalled',
  UNDATED: 'Undated (no status on any day)',
};

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

/** First day of a partial date ("1993" → 1993-01-01). */
export function startOf(partial) {
  if (!partial) return null;
  const [y, m, d] = partial.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

/** Last day of a partial date ("2012" → 2012-12-31). */
export function endOf(partial) {
  if (!partial) return null;
  const [y, m, d] = partial.split('-').map(Number);
  if (d) return Date.UTC(y, m - 1, d);
  if (m) return Date.UTC(y, m, 0);
  return Date.UTC(y, 11, 31);
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
