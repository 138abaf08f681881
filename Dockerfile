# Production image: the Next.js app, plus the scripts the worker and migrations run.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# Build-time placeholder only; the real secret comes from the runtime environment.
RUN AUTH_SECRET=build-time-placeholder-not-used-at-runtime-000 npm run build

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
RUN useradd --system --uid 1001 storefleet
COPY --from=build --chown=storefleet /app ./
USER storefleet
EXPOSE 3000
CMD ["npx", "next", "start", "--port", "3000"]
