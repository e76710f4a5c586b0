// How a client uses the generated types: a typed document, typed variables and a typed result, over a plain
// fetch (any GraphQL client accepting TypedDocumentNode, such as urql or Apollo Client, works the same way).
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { OrganisationMembersDocument } from './generated/graphql';

async function run<R, V>(endpoint: string, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: { message: string; extensions?: { classification?: string } }[] };
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => `${e.extensions?.classification}: ${e.message}`).join('\n'));
  }
  return body.data as R;
}

export async function cstoMembers(endpoint: string): Promise<string[]> {
  const data = await run(endpoint, OrganisationMembersDocument, { abbreviation: 'CSTO', asOf: '2025-01-01' });
  // Typed all the way: organisation may be null, memberships may not.
  return (data.organisation?.memberships ?? []).map((m) => `${m.state.iso3} ${m.role} since ${m.from ?? '?'}`);
}
