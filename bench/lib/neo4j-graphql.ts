// @neo4j/graphql, the library a user would pick instead: an auto-generated API over the same graph
// (type definitions mirroring docs/data-model.md with @relationship), served by a plain Apollo
// Server over HTTP on the same Neo4j. It has no equivalent of our influence (GDS) or connections
// (shortest paths) operations.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export const typeDefs = /* GraphQL */ `
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    kind: String
    aliases: [String!]
    said: [Quote!]! @relationship(type: "SAID", direction: OUT)
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
  }

  type Source @relationshipProperties {
    start: Int
    end: Int
    confidence: Float
    cue: String
  }

  type Quote
    @node
    @fulltext(indexes: [{ indexName: "statement_text_en", fields: ["textEn"], queryName: "quotesFulltext" }]) {
    id: ID!
    text: String
    textEn: String
    lang: String
    edtf: String
    earliest: Date
    latest: Date
    precision: String
    speaker: [Person!]! @relationship(type: "SAID", direction: IN)
    event: [Event!]! @relationship(type: "AT", direction: OUT)
    sourcedFrom: [Document!]! @relationship(type: "SOURCED_FROM", direction: OUT, properties: "Source")
  }

  type Event @node {
    id: ID!
    name: String
    type: String
    edtf: String
    earliest: Date
    latest: Date
    precision: String
  }

  type Document @node {
    id: ID!
    title: String
    url: String
    outlet: String
    publishedAt: Date
  }
`;

export interface RunningNeo4jGraphQL {
  url: string;
  stop(): Promise<void>;
}

export async function startNeo4jGraphQL(driver: Driver): Promise<RunningNeo4jGraphQL> {
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
  const schema = await neoSchema.getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}
