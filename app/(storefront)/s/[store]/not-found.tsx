import Link from "next/link";

export default function StoreNotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-bold text-gray-900">Page not found</h1>
      <p className="mt-2 text-gray-600">This product or page does not exist in this store.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-indigo-600">
        Back to the store
      </Link>
    </div>
  );
}
