import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Neo4jInfo = {
  __typename?: 'Neo4jInfo';
  /** community or enterprise */
  edition: Scalars['String']['output'];
  pluginVersions: Array<PluginVersion>;
  /** names of the installed plugins we rely on: apoc, gds */
  plugins: Array<Scalars['String']['output']>;
  /** e.g. 5.26.19 */
  version: Scalars['String']['output'];
};

export type PluginVersion = {
  __typename?: 'PluginVersion';
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/**
 * quotegraph: who said what, when, where, and who reported it.
 * Every fact carries its sources; every date says only what the text said.
 */
export type Query = {
  __typename?: 'Query';
  /** What this server is and what it runs on. */
  serverInfo: ServerInfo;
};

export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** ids of the migrations applied to the database, in order */
  migrations: Array<Scalars['String']['output']>;
  neo4j: Neo4jInfo;
  /** quotegraph's version */
  version: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Neo4jInfo: ResolverTypeWrapper<Neo4jInfo>;
  PluginVersion: ResolverTypeWrapper<PluginVersion>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServerInfo: ResolverTypeWrapper<ServerInfo>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Neo4jInfo: Neo4jInfo;
  PluginVersion: PluginVersion;
  Query: Record<PropertyKey, never>;
  ServerInfo: ServerInfo;
  String: Scalars['String']['output'];
};

export type Neo4jInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Neo4jInfo'] = ResolversParentTypes['Neo4jInfo']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pluginVersions?: Resolver<Array<ResolversTypes['PluginVersion']>, ParentType, ContextType>;
  plugins?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PluginVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PluginVersion'] = ResolversParentTypes['PluginVersion']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  serverInfo?: Resolver<ResolversTypes['ServerInfo'], ParentType, ContextType>;
};

export type ServerInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInfo'] = ResolversParentTypes['ServerInfo']> = {
  migrations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  neo4j?: Resolver<ResolversTypes['Neo4jInfo'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Neo4jInfo?: Neo4jInfoResolvers<ContextType>;
  PluginVersion?: PluginVersionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServerInfo?: ServerInfoResolvers<ContextType>;
};

