import Link from "next/link";
import { env } from "@/server/env";

export default function Home() {
  const protocol = new URL(env.APP_URL).protocol;
  return (
    <main className="mx-auto max-w-3xl px-6 py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-600">Storefleet</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight text-gray-900">Commerce for every business, on one platform.</h1>
      <p className="mt-4 text-lg text-gray-600">
        Each tenant runs its own storefront, a dashboard for its team and a REST API for its integrations — isolated from
        every other tenant down to the database rows.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/dashboard" className="rounded-md bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-indigo-500">
          Open the dashboard
        </Link>
        <Link href="/docs/api" className="rounded-md px-4 py-2.5 text-sm font-semibold text-gray-900 ring-1 ring-gray-300 hover:bg-white">
          API reference
        </Link>
      </div>
      {env.DEMO_MODE && (
        <section className="mt-12 rounded-lg bg-white p-6 shadow-sm ring-1 ring-gray-200" aria-labelledby="demo-stores">
          <h2 id="demo-stores" className="text-base font-semibold text-gray-900">
            Demo stores
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            {["company-a", "company-b"].map((slug) => (
              <li key={slug}>
                <a className="text-indigo-600 hover:underline" href={`${protocol}//${slug}.${env.ROOT_HOST}`}>
                  {slug}.{env.ROOT_HOST}
                </a>{" "}
                <span className="text-gray-500">or</span>{" "}
                <Link className="text-indigo-600 hover:underline" href={`/s/${slug}`}>
                  /s/{slug}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
