/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Search {\n  search(query: \"Rubio\", first: 5) {\n    score\n    snippet\n    entity {\n      id\n      name\n      kind\n    }\n    quote {\n      id\n      text\n    }\n  }\n}": typeof types.SearchDocument,
    "query RubioFebruary {\n  timeline(\n    entityIds: [\"person:marco-rubio\"]\n    from: \"2026-02-01\"\n    to: \"2026-02-28\"\n    kinds: [QUOTE]\n    first: 20\n  ) {\n    totalCount\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        ... on Quote {\n          text\n          lang\n          event {\n            name\n          }\n          sources {\n            start\n            end\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.RubioFebruaryDocument,
    "query NatoAsOf {\n  timeline(\n    entityIds: [\"org:nato\", \"commandpost:jfc-naples\"]\n    asOf: \"2026-02-01\"\n    first: 50\n  ) {\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        __typename\n        ... on Report {\n          publisher {\n            name\n          }\n          cue\n          sources {\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n        ... on Claim {\n          text\n          sources {\n            document {\n              title\n            }\n          }\n        }\n        ... on RoleChange {\n          role\n          person {\n            name\n          }\n        }\n      }\n    }\n    undated {\n      __typename\n    }\n  }\n}": typeof types.NatoAsOfDocument,
    "query Influence {\n  influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 5) {\n    rank\n    score\n    entity {\n      name\n      kind\n    }\n    why {\n      weight\n      edges {\n        from {\n          name\n        }\n        to {\n          name\n        }\n        relation\n      }\n    }\n  }\n}": typeof types.InfluenceDocument,
    "query RubioToReuters {\n  connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 3) {\n    length\n    edges {\n      from {\n        name\n      }\n      to {\n        name\n      }\n      relation\n      when {\n        edtf\n      }\n      sources {\n        excerpt\n        document {\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n}": typeof types.RubioToReutersDocument,
    "query NatoActivity {\n  activity(\n    entityIds: [\"org:nato\"]\n    from: \"2026-01-01\"\n    to: \"2026-03-31\"\n    bucket: MONTH\n  ) {\n    start\n    end\n    total\n    quotes\n    claims\n    reports\n    roleChanges\n    coarser\n  }\n}": typeof types.NatoActivityDocument,
};
const documents: Documents = {
    "query Search {\n  search(query: \"Rubio\", first: 5) {\n    score\n    snippet\n    entity {\n      id\n      name\n      kind\n    }\n    quote {\n      id\n      text\n    }\n  }\n}": types.SearchDocument,
    "query RubioFebruary {\n  timeline(\n    entityIds: [\"person:marco-rubio\"]\n    from: \"2026-02-01\"\n    to: \"2026-02-28\"\n    kinds: [QUOTE]\n    first: 20\n  ) {\n    totalCount\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        ... on Quote {\n          text\n          lang\n          event {\n            name\n          }\n          sources {\n            start\n            end\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.RubioFebruaryDocument,
    "query NatoAsOf {\n  timeline(\n    entityIds: [\"org:nato\", \"commandpost:jfc-naples\"]\n    asOf: \"2026-02-01\"\n    first: 50\n  ) {\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        __typename\n        ... on Report {\n          publisher {\n            name\n          }\n          cue\n          sources {\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n        ... on Claim {\n          text\n          sources {\n            document {\n              title\n            }\n          }\n        }\n        ... on RoleChange {\n          role\n          person {\n            name\n          }\n        }\n      }\n    }\n    undated {\n      __typename\n    }\n  }\n}": types.NatoAsOfDocument,
    "query Influence {\n  influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 5) {\n    rank\n    score\n    entity {\n      name\n      kind\n    }\n    why {\n      weight\n      edges {\n        from {\n          name\n        }\n        to {\n          name\n        }\n        relation\n      }\n    }\n  }\n}": types.InfluenceDocument,
    "query RubioToReuters {\n  connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 3) {\n    length\n    edges {\n      from {\n        name\n      }\n      to {\n        name\n      }\n      relation\n      when {\n        edtf\n      }\n      sources {\n        excerpt\n        document {\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n}": types.RubioToReutersDocument,
    "query NatoActivity {\n  activity(\n    entityIds: [\"org:nato\"]\n    from: \"2026-01-01\"\n    to: \"2026-03-31\"\n    bucket: MONTH\n  ) {\n    start\n    end\n    total\n    quotes\n    claims\n    reports\n    roleChanges\n    coarser\n  }\n}": types.NatoActivityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search {\n  search(query: \"Rubio\", first: 5) {\n    score\n    snippet\n    entity {\n      id\n      name\n      kind\n    }\n    quote {\n      id\n      text\n    }\n  }\n}"): (typeof documents)["query Search {\n  search(query: \"Rubio\", first: 5) {\n    score\n    snippet\n    entity {\n      id\n      name\n      kind\n    }\n    quote {\n      id\n      text\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RubioFebruary {\n  timeline(\n    entityIds: [\"person:marco-rubio\"]\n    from: \"2026-02-01\"\n    to: \"2026-02-28\"\n    kinds: [QUOTE]\n    first: 20\n  ) {\n    totalCount\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        ... on Quote {\n          text\n          lang\n          event {\n            name\n          }\n          sources {\n            start\n            end\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RubioFebruary {\n  timeline(\n    entityIds: [\"person:marco-rubio\"]\n    from: \"2026-02-01\"\n    to: \"2026-02-28\"\n    kinds: [QUOTE]\n    first: 20\n  ) {\n    totalCount\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        ... on Quote {\n          text\n          lang\n          event {\n            name\n          }\n          sources {\n            start\n            end\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NatoAsOf {\n  timeline(\n    entityIds: [\"org:nato\", \"commandpost:jfc-naples\"]\n    asOf: \"2026-02-01\"\n    first: 50\n  ) {\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        __typename\n        ... on Report {\n          publisher {\n            name\n          }\n          cue\n          sources {\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n        ... on Claim {\n          text\n          sources {\n            document {\n              title\n            }\n          }\n        }\n        ... on RoleChange {\n          role\n          person {\n            name\n          }\n        }\n      }\n    }\n    undated {\n      __typename\n    }\n  }\n}"): (typeof documents)["query NatoAsOf {\n  timeline(\n    entityIds: [\"org:nato\", \"commandpost:jfc-naples\"]\n    asOf: \"2026-02-01\"\n    first: 50\n  ) {\n    edges {\n      when {\n        edtf\n        precision\n      }\n      node {\n        __typename\n        ... on Report {\n          publisher {\n            name\n          }\n          cue\n          sources {\n            excerpt\n            document {\n              title\n              publishedAt\n            }\n          }\n        }\n        ... on Claim {\n          text\n          sources {\n            document {\n              title\n            }\n          }\n        }\n        ... on RoleChange {\n          role\n          person {\n            name\n          }\n        }\n      }\n    }\n    undated {\n      __typename\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Influence {\n  influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 5) {\n    rank\n    score\n    entity {\n      name\n      kind\n    }\n    why {\n      weight\n      edges {\n        from {\n          name\n        }\n        to {\n          name\n        }\n        relation\n      }\n    }\n  }\n}"): (typeof documents)["query Influence {\n  influence(from: \"2026-01-01\", to: \"2026-02-28\", first: 5) {\n    rank\n    score\n    entity {\n      name\n      kind\n    }\n    why {\n      weight\n      edges {\n        from {\n          name\n        }\n        to {\n          name\n        }\n        relation\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RubioToReuters {\n  connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 3) {\n    length\n    edges {\n      from {\n        name\n      }\n      to {\n        name\n      }\n      relation\n      when {\n        edtf\n      }\n      sources {\n        excerpt\n        document {\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RubioToReuters {\n  connections(from: \"person:marco-rubio\", to: \"org:reuters\", maxHops: 3) {\n    length\n    edges {\n      from {\n        name\n      }\n      to {\n        name\n      }\n      relation\n      when {\n        edtf\n      }\n      sources {\n        excerpt\n        document {\n          title\n          publishedAt\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NatoActivity {\n  activity(\n    entityIds: [\"org:nato\"]\n    from: \"2026-01-01\"\n    to: \"2026-03-31\"\n    bucket: MONTH\n  ) {\n    start\n    end\n    total\n    quotes\n    claims\n    reports\n    roleChanges\n    coarser\n  }\n}"): (typeof documents)["query NatoActivity {\n  activity(\n    entityIds: [\"org:nato\"]\n    from: \"2026-01-01\"\n    to: \"2026-03-31\"\n    bucket: MONTH\n  ) {\n    start\n    end\n    total\n    quotes\n    claims\n    reports\n    roleChanges\n    coarser\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;