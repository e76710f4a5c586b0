// The trends page: its filters redraw the results in place (no page load), keep the focus where it was
// and keep the view in the address.
import { drawn, drawTrends } from './trend-charts.js';
import { suggestOnDemand } from './suggest.js';

const form = document.getElementById('trend-form');
const results = document.getElementById('trend-results');
let charts = drawn;
let pending = null;
/** The organisations in the order they are charted: those already shown first, newly ticked ones after. */
let order = (form?.dataset.organisations || '').split(',').filter(Boolean);

/** The form as the address of the view: the ticked organisations as one comma-separated parameter. */
function query() {
  const data = new FormData(form);
  // A long list is a text field beside the ticked ones: "SCO, EAEU" adds two.
  const ticked = [...new Set(data.getAll('organisations').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))];
  order = [...order.filter((o) => ticked.includes(o)), ...ticked.filter((o) => !order.includes(o))];
  const params = new URLSearchParams();
  params.set('organisations', order.join(','));
  ['from', 'to', 'state', 'measure', 'totals'].forEach((name) => {
    const value = data.get(name);
    if (value) params.set(name, value);
  });
  return params.toString();
}

async function update() {
  const address = `${form.action}?${query()}`;
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  results.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(address, { signal: controller.signal, headers: { Accept: 'text/html' } });
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.getElementById('trend-results');
    if (!fresh || controller.signal.aborted) return;
    charts.forEach((chart) => chart.dispose());
    results.replaceChildren(...fresh.childNodes);
    charts = drawTrends(results);
    history.replaceState(null, '', address);
  } catch (error) {
    if (error.name !== 'AbortError') throw error;
  } finally {
    if (pending === controller) {
      pending = null;
      results.removeAttribute('aria-busy');
    }
  }
}

document.querySelectorAll('datalist[data-kind]').forEach(suggestOnDemand);

if (form && results) {
  form.addEventListener('change', () => { update(); });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
}
