// The benchmark's peer: @neo4j/graphql with the atlas's model over the same Neo4j (bench/compare.sh starts it).
//   NEO4J_URI, NEO4J_PASSWORD (user neo4j), PEER_PORT (default 4000); listens on 127.0.0.1 only.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { host: '127.0.0.1', port: Number(process.env.PEER_PORT ?? 4000) },
});
console.log(`peer ready at ${url}`);
