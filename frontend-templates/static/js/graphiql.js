// Starts GraphiQL (a global from the graphiql WebJar, like React and ReactDOM) against this application's
// GraphQL endpoint, with a first query that shows what the API is for.

const EXAMPLE_QUERY = `# Alliance Atlas GraphQL API. Every type and
# field is documented: open Docs (top left).
# Run with ▶ or Ctrl-Enter: the CSTO's members,
# their roles and dates, and who says so.
# More: docs/sample-queries.graphql
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

const container = document.getElementById('graphiql');
const fetcher = GraphiQL.createFetcher({ url: container.dataset.endpoint });

ReactDOM.createRoot(container).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: EXAMPLE_QUERY, defaultEditorToolsVisibility: true }),
);
