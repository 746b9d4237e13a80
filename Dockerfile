# The quotegraph API for docker compose. Neo4j runs in its own container (docker-compose.yml).
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
EXPOSE 4000
USER node
CMD ["node", "bin/quotegraph.js", "start"]
