// Saving what a page shows: chart images (PNG, SVG), CSV of tables built in the page, and the names of
// downloaded files. One module for every page (and embed); tables the server writes are downloaded as
// CSV from the server.

/**
 * A file name from its parts, without extension: lower case, anything but a-z and 0-9 becomes '-',
 * parts joined by '-', e.g. fileName('CSTO', 'members', '2024-06-01') → 'csto-members-2024-06-01'.
 * Empty parts are left out; runs of '-' collapse to one.
 */
export function fileName(...parts) {
  return parts
    .filter((part) => part != null && String(part).trim() !== '')
    .map((part) => String(part).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '')
    .join('-');
}

/**
 * One CSV cell written as the server's CSV writer (web/Csv.java) writes it: null is empty, numbers as
 * they are; text a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading single quote; a cell holding a quote, comma or line break is quoted, its
 * quotes doubled.
 */
export function csvCell(value) {
  if (value == null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = String(value);
  if (text !== '' && '=+-@\t\r'.includes(text[0])) text = `'${text}`;
  return /["\n\r,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records (arrays of cells, the header first) as RFC 4180 CSV text: CRLF after every record. */
export function csvText(records) {
  return records.map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}

/** Offers the blob as a download called name. */
export function saveBlob(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The chart as a standalone SVG document (the charts are drawn by ECharts' SVG renderer). */
export function chartSvg(chart) {
  let svg = chart.renderToSVGString();
  if (!svg.includes('xmlns="http://www.w3.org/2000/svg"')) svg = svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  return svg;
}

/** The chart drawn on a white canvas at twice its size, as a PNG blob. */
export function chartPng(chart, scale = 2) {
  const width = chart.getWidth();
  const height = chart.getHeight();
  const url = URL.createObjectURL(new Blob([chartSvg(chart)], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))), 'image/png');
    };
    image.onerror = () => { URL.revokeObjectURL(url); reject(new Error('the chart could not be drawn as an image')); };
    image.src = url;
  });
}

/**
 * Adds the buttons "PNG" and "SVG" to the toolbar element; they download <baseName>.png and
 * <baseName>.svg of the ECharts instance as it is drawn at that moment. baseName may be a function,
 * called at each click, for charts whose view changes in place.
 */
export function addChartExports(toolbar, chart, baseName) {
  if (!toolbar || !chart) return;
  const name = () => (typeof baseName === 'function' ? baseName() : baseName);
  const button = (label, what, save) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary';
    b.textContent = label;
    b.dataset.export = label.toLowerCase();
    b.setAttribute('aria-label', `Save ${what} as ${label}`);
    b.addEventListener('click', save);
    toolbar.append(b);
    return b;
  };
  const what = toolbar.dataset.what || 'the chart';
  button('PNG', what, async () => saveBlob(`${name()}.png`, await chartPng(chart)));
  button('SVG', what, () => saveBlob(`${name()}.svg`, new Blob([chartSvg(chart)], { type: 'image/svg+xml' })));
}
