// Suggestions for a text field that stands in for a list too long to send with the page (thousands of
// organisations or states): a <datalist data-kind="ORGANISATION"> is filled from the API's search as the
// reader types into any input naming it in its list attribute.
/**
 * Past a few dozen organisations or states the page lists none of them: each text field's suggestions are
 * asked of the API's search as the reader types, twenty at a time.
 */
export function suggestOnDemand(list) {
  let asked = '';
  let timer = null;
  const kind = list.dataset.kind;
  const fill = async (text) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        query: 'query S($text: String!, $kinds: [NodeKind!]) { searchConnection(text: $text, kinds: $kinds, first: 20) { nodes { key name } } }',
        variables: { text, kinds: [kind] },
      }),
    });
    if (!response.ok || text !== asked) return;
    const hits = (await response.json()).data?.searchConnection?.nodes || [];
    list.replaceChildren(...hits.map((hit) => {
      const option = document.createElement('option');
      option.value = hit.key;
      option.textContent = hit.name;
      return option;
    }));
  };
  document.querySelectorAll(`input[list="${list.id}"]`).forEach((input) => input.addEventListener('input', () => {
    const text = input.value.split(',').pop().trim();
    if (text.length < 2 || text === asked) return;
    asked = text;
    clearTimeout(timer);
    timer = setTimeout(() => { fill(text).catch(() => {}); }, 200);
  }));
}

