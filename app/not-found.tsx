import Link from "next/link";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-gray-900">Page not found</h1>
      <p className="mt-3 max-w-md text-gray-600">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-6 text-sm font-semibold text-indigo-600 hover:text-indigo-500">
        Go home <span aria-hidden="true">→</span>
      </Link>
    </main>
  );
}
