import { escapeHtml } from './atlas.js';

// Filter forms that update the page in place: the page for the new filter is fetched, the named
// regions of the answer replace those on screen, and the address bar is rewritten (no reload, so
// focus and everything else on the page stay as they are). Without scripts the form still submits.

/**
 * Wires the form: its selects, dates and boxes update at once, its text fields marked data-live after a pause in
 * typing (others on change),
 * submitting updates instead of reloading. regionIds are the ids of the elements to swap; after(page)
 * runs with the fetched document once they are in place. Returns the update function.
 */
export function liveFilters(form, regionIds, after) {
  if (!form) return () => {};
  // Each update has a number; an answer that arrives after a later update began is dropped, so quick
  // changes (arrow keys held on a slider) end with the last view.
  let latest = 0;
  const update = async () => {
    const query = new URLSearchParams();
    new FormData(form).forEach((value, key) => { if (String(value).trim()) query.set(key, String(value).trim()); });
    latest += 1;
    const mine = latest;
    document.body.dataset.updating = 'true';
    const messages = document.getElementById(regionIds[0]);
    try {
      const response = await fetch(`${form.action}?${query}`, { headers: { Accept: 'text/html' } });
      const text = await response.text();
      if (mine !== latest) return;
      const page = new DOMParser().parseFromString(text, 'text/html');
      const missing = regionIds.filter((id) => !page.getElementById(id));
      if (missing.length) throw new Error(`the server answered ${response.status}`);
      regionIds.forEach((id) => document.getElementById(id).replaceWith(document.adoptNode(page.getElementById(id))));
      after?.(page);
      const address = query.toString();
      window.history.replaceState(null, '', address ? `${window.location.pathname}?${address}` : window.location.pathname);
      document.title = page.title;
      document.body.dataset.updated = String(Number(document.body.dataset.updated || 0) + 1);
    } catch (error) {
      if (mine !== latest) return;
      if (messages) messages.innerHTML = `<div class="message" role="alert">The view could not be loaded: ${escapeHtml(error.message)}</div>`;
    } finally {
      if (mine === latest) delete document.body.dataset.updating;
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); update(); });
  form.querySelectorAll('select, input[type="date"], input[type="radio"], input[type="checkbox"]')
    .forEach((field) => field.addEventListener('change', update));
  form.querySelectorAll('input[type="text"]:not([data-live])').forEach((field) => field.addEventListener('change', update));
  let typing = null;
  form.querySelectorAll('input[data-live]').forEach((field) => field.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(update, 350);
  }));
  return update;
}
