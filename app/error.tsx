"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-red-600">Error</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-gray-900">Something went wrong</h1>
      <p className="mt-3 max-w-md text-gray-600">
        The page could not be shown. Try again; if it keeps failing, quote reference <code>{error.digest ?? "n/a"}</code>.
      </p>
      <button onClick={reset} className="mt-6 rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500">
        Try again
      </button>
    </main>
  );
}
