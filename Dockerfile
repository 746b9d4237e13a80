# The quotegraph API for docker compose. Neo4j runs in its own container (docker-compose.yml).

# The dashboard (Vite) and the compiled CLI (TypeScript) are built with dev dependencies in a stage
# of their own; only dist/web and build/ are kept (docs/decisions/0007).
FROM node:22-bookworm-slim AS web
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN npm ci --ignore-scripts
COPY web ./web
COPY src ./src
COPY bin ./bin
COPY data ./data
COPY scripts/build-web.ts scripts/build-cli.js ./scripts/
RUN npx tsx scripts/build-web.ts && node scripts/build-cli.js

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
# tsconfig*.json and build-cli.js are part of what build/ was compiled from: with them the command
# sees that build/ matches src/ and runs it
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build-cli.js ./scripts/build-cli.js
COPY bin ./bin
COPY src ./src
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
COPY docs/queries ./docs/queries
COPY --from=web /app/dist/web ./dist/web
COPY --from=web /app/build ./build
EXPOSE 4000
USER node
CMD ["node", "--max-semi-space-size=4", "--heap-growing-percent=30", "bin/quotegraph.js", "start"]
