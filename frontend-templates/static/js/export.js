// Image exports shared by every page: file names that say what and when, and PNG / SVG of an ECharts chart.

/** A download's base name: parts lower-cased, anything but a-z and 0-9 as '-', joined by '-'. */
export function fileName(...parts) {
  return parts.map((part) => String(part ?? '').toLowerCase().replace(/[^a-z0-9]/g, '-')).join('-');
}

function download(href, name) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
}

/** The chart as an SVG document (the charts are drawn with the SVG renderer). */
function svgOf(chart) {
  const text = chart.renderToSVGString();
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/** The SVG drawn on a white canvas at twice its size, as a PNG blob. */
function pngOf(chart) {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgOf(chart))}`;
  });
}

/** Adds "PNG" and "SVG" buttons to the toolbar that download <baseName>.png / .svg of the chart. */
export function addChartExports(toolbar, chart, baseName) {
  if (!toolbar || !chart) return;
  const button = (label, title, action) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'secondary';
    element.textContent = label;
    element.title = title;
    element.dataset.export = label.toLowerCase();
    element.addEventListener('click', action);
    toolbar.append(element);
  };
  button('PNG', 'Download the chart as a PNG image', async () => {
    const url = URL.createObjectURL(await pngOf(chart));
    download(url, `${baseName}.png`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  button('SVG', 'Download the chart as an SVG image', () => {
    const url = URL.createObjectURL(new Blob([svgOf(chart)], { type: 'image/svg+xml' }));
    download(url, `${baseName}.svg`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}
