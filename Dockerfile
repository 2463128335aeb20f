# syntax=docker/dockerfile:1
# Bagdar: a small, non-root image that runs what `npm run build` makes of `src/` — one bundle,
# `dist/main.js`, with plain node (no TypeScript compiled at start-up), and the knowledge's parsed
# cache beside it. CI tests the sources; the bundle is the same code with the types stripped.

ARG NODE_IMAGE=node:20-bookworm-slim

# ── dependencies: production only, exactly as the lock file says ─────────────────────────────
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ── build: dist/ (esbuild comes with tsx, a production dependency) ───────────────────────────
FROM deps AS build
COPY tsconfig.json build.ts ./
COPY src ./src
COPY knowledge ./knowledge
RUN npm run build

# ── runtime ──────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/app/data \
    PORT=8080
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
# package.json says the bundle is an ES module ("type": "module").
COPY --chown=root:root package.json package-lock.json ./
COPY --from=build --chown=root:root /app/dist ./dist
COPY --chown=root:root locales ./locales
COPY --chown=root:root knowledge ./knowledge
# The code stays root-owned and read-only to the bot; only the file store's folder is its own.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080

# Only webhook mode serves /healthz; a polling bot has no port, so the check passes trivially.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "-e", "if (!process.env.WEBHOOK_URL) process.exit(0); fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));"]

# node runs the bundle itself (not npm), so SIGTERM reaches Bagdar's handler directly.
# Stack traces name bundle lines; NODE_OPTIONS=--enable-source-maps maps them to src/ (~50 ms more
# at start-up, so it is not the default).
CMD ["node", "dist/main.js"]
