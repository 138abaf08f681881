import type { Metadata } from "next";
import { openApiDocument } from "@/server/rest/openapi";

export const metadata: Metadata = { title: "REST API reference" };

type Json = Record<string, unknown>;

const methodColors: Record<string, string> = {
  get: "bg-blue-100 text-blue-800",
  post: "bg-green-100 text-green-800",
  put: "bg-amber-100 text-amber-900",
  patch: "bg-purple-100 text-purple-800",
  delete: "bg-red-100 text-red-800",
};

function SchemaView({ schema }: { schema: Json | undefined }) {
  if (!schema) return null;
  return <pre className="max-h-80 overflow-auto rounded-md bg-gray-900 p-3 text-xs leading-relaxed text-gray-100">{JSON.stringify(schema, null, 2)}</pre>;
}

// A readable reference rendered on the server from the same document /api/v1/openapi.json serves
// (no third-party script: the docs work offline and under a strict CSP).
export default function ApiDocsPage() {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op: op as Json })));
  const tags = [...new Set(operations.map((o) => (o.op.tags as string[])[0]!))];
  return (
    <main className="mx-auto max-w-5xl px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-indigo-600">Storefleet</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-gray-900">REST API reference</h1>
      <p className="mt-3 max-w-3xl text-gray-700">{doc.info.description}</p>
      <p className="mt-3 text-sm">
        Machine-readable:{" "}
        <a className="font-semibold text-indigo-600 hover:underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <nav aria-label="Sections" className="mt-6 flex flex-wrap gap-2">
        {tags.map((t) => (
          <a key={t} href={`#${t}`} className="rounded-full bg-gray-100 px-3 py-1 text-sm font-medium text-gray-700 hover:bg-gray-200">
            {t}
          </a>
        ))}
      </nav>
      {tags.map((tag) => (
        <section key={tag} id={tag} className="mt-10" aria-labelledby={`${tag}-heading`}>
          <h2 id={`${tag}-heading`} className="border-b border-gray-200 pb-2 text-xl font-bold">
            {tag}
          </h2>
          {operations
            .filter((o) => (o.op.tags as string[])[0] === tag)
            .map(({ path, method, op }) => {
              const body = (op.requestBody as Json | undefined)?.content as Record<string, { schema: Json }> | undefined;
              const responses = op.responses as Record<string, { description: string; content?: Record<string, { schema: Json }> }>;
              const params = (op.parameters as Array<{ name: string; in: string; required: boolean; description?: string }>) ?? [];
              return (
                <article key={`${method} ${path}`} id={String(op.operationId)} className="mt-6 rounded-lg bg-white p-5 shadow-sm ring-1 ring-gray-200">
                  <h3 className="flex flex-wrap items-center gap-3 font-mono text-sm">
                    <span className={`rounded px-2 py-0.5 text-xs font-bold uppercase ${methodColors[method]}`}>{method}</span>
                    <span className="font-semibold text-gray-900">{path}</span>
                  </h3>
                  <p className="mt-2 font-semibold text-gray-900">{String(op.summary)}</p>
                  {typeof op.description === "string" && <p className="mt-1 text-sm text-gray-700">{op.description}</p>}
                  <p className="mt-2 text-xs text-gray-500">
                    {(op.security as unknown[]).length ? `API token · roles: ${((op["x-roles"] as string[]) ?? []).join(", ")}` : "No authentication"}
                  </p>
                  {params.length > 0 && (
                    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                      {params.map((p) => (
                        <div key={`${p.in}-${p.name}`} className="contents">
                          <dt className="font-mono text-xs">
                            {p.name}
                            {p.required ? "*" : ""}
                          </dt>
                          <dd className="text-gray-600">
                            {p.in}
                            {p.description ? ` — ${p.description}` : ""}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {body && (
                    <details className="mt-3">
                      <summary className="cursor-pointer text-sm font-medium text-gray-800">Request body</summary>
                      <SchemaView schema={body["application/json"]?.schema} />
                    </details>
                  )}
                  <ul className="mt-3 space-y-1 text-sm">
                    {Object.entries(responses).map(([status, r]) => (
                      <li key={status}>
                        <details>
                          <summary className="cursor-pointer">
                            <span className="font-mono font-semibold">{status}</span> <span className="text-gray-600">{r.description}</span>
                          </summary>
                          {r.content && <SchemaView schema={Object.values(r.content)[0]?.schema} />}
                        </details>
                      </li>
                    ))}
                  </ul>
                </article>
              );
            })}
        </section>
      ))}
    </main>
  );
}
