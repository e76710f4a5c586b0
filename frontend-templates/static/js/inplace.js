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
  let pending = null;
  const update = async () => {
    const query = new URLSearchParams();
    new FormData(form).forEach((value, key) => { if (String(value).trim()) query.set(key, String(value).trim()); });
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    document.body.dataset.updating = 'true';
    const messages = document.getElementById(regionIds[0]);
    try {
      const response = await fetch(`${form.action}?${query}`, { signal: controller.signal, headers: { Accept: 'text/html' } });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const missing = regionIds.filter((id) => !page.getElementById(id));
      if (missing.length) throw new Error(`the server answered ${response.status}`);
      regionIds.forEach((id) => document.getElementById(id).replaceWith(document.adoptNode(page.getElementById(id))));
      after?.(page);
      const text = query.toString();
      window.history.replaceState(null, '', text ? `${window.location.pathname}?${text}` : window.location.pathname);
      document.title = page.title;
      document.body.dataset.updated = String(Number(document.body.dataset.updated || 0) + 1);
    } catch (error) {
      if (error.name === 'AbortError') return;
      if (messages) messages.innerHTML = `<div class="message" role="alert">The view could not be loaded: ${escapeHtml(error.message)}</div>`;
    } finally {
      if (pending === controller) delete document.body.dataset.updating;
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
