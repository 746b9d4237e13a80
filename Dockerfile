# The quotegraph API for docker compose. Neo4j runs in its own container (docker-compose.yml).

# The dashboard is built with Vite (a dev dependency) in a stage of its own; only dist/web is kept.
FROM node:22-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY web ./web
COPY src ./src
COPY scripts/build-web.ts ./scripts/build-web.ts
RUN npx tsx scripts/build-web.ts

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
COPY docs/queries ./docs/queries
COPY --from=web /app/dist/web ./dist/web
EXPOSE 4000
USER node
CMD ["node", "--max-semi-space-size=4", "bin/quotegraph.js", "start"]
