import type { ReactNode } from "react";
import { requireSection } from "@/app/_trpc/server";

export default async function SectionLayout({ children, params }: { children: ReactNode; params: Promise<{ tenant: string }> }) {
  await requireSection((await params).tenant, "promos.read");
  return children;
}
