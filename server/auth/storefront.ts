// Tenant lookups on every request, cached briefly (HOST_CACHE_TTL_MS); changes in this process drop
// the cache at once. Storefront routing: the tenant from the host (<slug>.<ROOT_HOST> or a verified
// custom domain) or a store slug (/s/<slug>, REST /stores/<slug>); the request-context resolver uses
// the slug and id lookups too. Memberships are never cached here: revocation is immediate.
import { env } from "../env";
import { findTenantById, findTenantBySlug, findTenantByVerifiedDomain, type TenantRef } from "../db/system";

const cache = new Map<string, { tenant: TenantRef | null; expiresAt: number }>();

async function cached(key: string, load: () => Promise<TenantRef | null>): Promise<TenantRef | null> {
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.expiresAt > now) return hit.tenant;
  const tenant = await load();
  cache.set(key, { tenant, expiresAt: now + env.HOST_CACHE_TTL_MS });
  if (cache.size > 10_000) cache.delete(cache.keys().next().value!);
  return tenant;
}

/** Call after a tenant's slug or domains change. */
export function invalidateStorefrontCache() {
  cache.clear();
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The store slug a host names as a subdomain of ROOT_HOST, or null. */
export function subdomainSlug(host: string, rootHost = env.ROOT_HOST): string | null {
  const h = host.toLowerCase();
  const root = rootHost.toLowerCase();
  if (!h.endsWith(`.${root}`)) return null;
  const sub = h.slice(0, -(root.length + 1));
  return SLUG.test(sub) && sub !== "www" ? sub : null;
}

export function isRootHost(host: string, rootHost = env.ROOT_HOST): boolean {
  const h = host.toLowerCase();
  return h === rootHost.toLowerCase() || h === `www.${rootHost.toLowerCase()}`;
}

export async function storeBySlug(slug: string): Promise<TenantRef | null> {
  const s = slug.toLowerCase();
  if (!SLUG.test(s)) return null;
  return cached(`slug:${s}`, () => findTenantBySlug(s));
}

/** A tenant by id (API tokens name their tenant by id), cached like the host lookups. */
export async function tenantById(id: string): Promise<TenantRef | null> {
  return cached(`id:${id}`, () => findTenantById(id));
}

export async function storeByHost(host: string): Promise<TenantRef | null> {
  const slug = subdomainSlug(host);
  if (slug) return storeBySlug(slug);
  if (isRootHost(host)) return null;
  const bare = host.toLowerCase().replace(/:\d+$/, "");
  return cached(`host:${bare}`, () => findTenantByVerifiedDomain(bare));
}

/** The [store] segment of /s/<store>/…: a slug, or a custom domain the proxy rewrote (has a dot). */
export async function storeByParam(param: string): Promise<TenantRef | null> {
  const value = decodeURIComponent(param).toLowerCase();
  return value.includes(".") ? storeByHost(value) : storeBySlug(value);
}
