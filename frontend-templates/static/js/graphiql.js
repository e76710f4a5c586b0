// Starts GraphiQL (a global from the graphiql WebJar, like React and ReactDOM) against this application's
// GraphQL endpoint, with a first query that shows what the API is for. The sample queries come from the
// application itself (/graphql/samples); picking one opens /graphiql?sample=Name, which loads that
// operation, with its comment, into the editor.

const container = document.getElementById('graphiql');
const endpoint = container.dataset.endpoint;
const samplesUrl = container.dataset.samples;
const picker = document.getElementById('sample');

const EXAMPLE_QUERY = `# Alliance Atlas GraphQL API. Every type and
# field is documented: open Docs (top left).
# Run with ▶ or Ctrl-Enter: the CSTO's members,
# their roles and dates, and who says so.
# More: pick a sample above, or read them all
# at ${new URL(samplesUrl, location.href).href}
{
  organisation(abbreviation: "CSTO") {
    name
    memberships {
      state { iso3 name }
      role
      status
      from
      to
      sources { title }
    }
  }
}
`;

// Each named operation of the samples file, with the comment lines just above it.
function splitSamples(text) {
  const lines = text.split('\n');
  const starts = [];
  lines.forEach((line, i) => {
    const match = /^(query|mutation|subscription)\s+(\w+)/.exec(line);
    if (match) {
      let first = i;
      while (first > 0 && lines[first - 1].startsWith('#')) first -= 1;
      starts.push({ name: match[2], first });
    }
  });
  return starts.map((start, k) => ({
    name: start.name,
    text: lines.slice(start.first, k + 1 < starts.length ? starts[k + 1].first : lines.length).join('\n').trim() + '\n',
  }));
}

function start(samples) {
  const wanted = new URLSearchParams(location.search).get('sample');
  const chosen = samples.find((sample) => sample.name === wanted);
  samples.forEach((sample) => {
    const option = document.createElement('option');
    option.value = sample.name;
    option.textContent = sample.name;
    option.selected = sample === chosen;
    picker.append(option);
  });
  picker.disabled = samples.length === 0;
  picker.addEventListener('change', () => {
    if (picker.value) location.search = `?sample=${encodeURIComponent(picker.value)}`;
  });
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  const props = { fetcher, defaultQuery: EXAMPLE_QUERY, defaultEditorToolsVisibility: true };
  if (chosen) props.query = chosen.text; // a chosen sample replaces what the editor last held
  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));
}

fetch(samplesUrl)
  .then((response) => (response.ok ? response.text() : ''))
  .catch(() => '')
  .then((text) => start(splitSamples(text)));
