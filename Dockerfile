# syntax=docker/dockerfile:1
# Bagdar: a small, non-root image that runs `src/main.ts` with tsx (a production dependency), so
# the image runs exactly the code CI tests — no separate build step to drift from it.

ARG NODE_IMAGE=node:20-bookworm-slim

# ── dependencies: production only, exactly as the lock file says ─────────────────────────────
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ── runtime ──────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/app/data \
    PORT=8080
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json package-lock.json tsconfig.json ./
COPY --chown=root:root src ./src
COPY --chown=root:root locales ./locales
COPY --chown=root:root knowledge ./knowledge
# The code stays root-owned and read-only to the bot; only the file store's folder is its own.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080

# Only webhook mode serves /healthz; a polling bot has no port, so the check passes trivially.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "-e", "if (!process.env.WEBHOOK_URL) process.exit(0); fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));"]

# node runs main.ts itself (not npm, not the tsx CLI), so SIGTERM reaches Bagdar's handler directly.
CMD ["node", "--import", "tsx", "src/main.ts"]
