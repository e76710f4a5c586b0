// Shared export module: file names that say what and when, and PNG/SVG downloads of an ECharts chart.

/** Lower-case parts, anything but a-z and 0-9 made '-', joined by '-': fileName('CSTO', 'members', '2024-06-01'). */
export function fileName(...parts) {
  return parts.map((part) => String(part).toLowerCase().replace(/[^a-z0-9]/g, '-')).join('-');
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart as an SVG document (charts are drawn with the SVG renderer). */
export function chartSvg(chart) {
  return chart.renderToSVGString();
}

/** The chart as a PNG: its SVG drawn on a white canvas at twice the size. */
export function chartPng(chart) {
  const svg = chartSvg(chart);
  const width = chart.getWidth();
  const height = chart.getHeight();
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png');
    };
    image.onerror = () => reject(new Error('PNG export failed'));
    image.src = url;
  });
}

/**
 * Adds "PNG" and "SVG" buttons to the toolbar that download <baseName>.png / .svg of the chart; baseName may be
 * a function, read at the time of the click (for views that change in place).
 */
export function addChartExports(toolbar, chart, baseName) {
  if (!toolbar || !chart) return;
  const name = () => (typeof baseName === 'function' ? baseName() : baseName);
  const button = (label, action) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary';
    b.textContent = label;
    b.setAttribute('aria-label', `Download the chart as ${label}`);
    b.addEventListener('click', action);
    toolbar.append(b);
  };
  button('PNG', async () => download(await chartPng(chart), `${name()}.png`));
  button('SVG', () => download(new Blob([chartSvg(chart)], { type: 'image/svg+xml' }), `${name()}.svg`));
}
