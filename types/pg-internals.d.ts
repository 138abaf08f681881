// pg ships no types for its internal modules; server/db/tenant-pool.ts narrows this itself.
declare module "pg/lib/query.js" {
  const Query: unknown;
  export default Query;
}

declare module "@prisma/prisma-schema-wasm" {
  const wasm: { get_dmmf(params: string): string };
  export default wasm;
}
