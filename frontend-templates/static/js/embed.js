// The "Embed" control: the <iframe> snippet with this site's address, and a button that copies it.

export function fillSnippets(root = document) {
  root.querySelectorAll('.embed-code').forEach((code) => {
    const src = new URL(code.dataset.embedPath, window.location.href).href;
    const frame = document.createElement('iframe');
    frame.setAttribute('src', src);
    frame.setAttribute('title', code.dataset.embedTitle || 'Alliance Atlas');
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', '640');
    frame.setAttribute('style', 'border:0');
    frame.setAttribute('loading', 'lazy');
    code.value = frame.outerHTML;
  });
}

document.addEventListener('click', async (event) => {
  const button = event.target.closest('.embed-copy');
  if (!button) return;
  const snippet = button.closest('.embed-snippet');
  const code = snippet.querySelector('.embed-code');
  const status = snippet.querySelector('.embed-copied');
  code.select();
  try {
    await navigator.clipboard.writeText(code.value);
    status.textContent = 'Copied.';
  } catch {
    status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

fillSnippets();
