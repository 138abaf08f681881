/** The catalog search box (a GET form: works without JavaScript). */
export function StoreSearch({ action, id, className }: { action: string; id: string; className?: string }) {
  return (
    <form action={action} method="get" role="search" className={className}>
      <label className="sr-only" htmlFor={id}>
        Search products
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder="Search products"
        className="block w-full rounded-full border-0 bg-gray-100 px-4 py-2 text-sm focus:bg-white focus:ring-2 focus:ring-indigo-600"
      />
    </form>
  );
}
