import { Badge } from "../ui/card";

const tones = { pending: "amber", paid: "blue", fulfilled: "green", cancelled: "gray" } as const;

export function OrderStatusBadge({ status }: { status: keyof typeof tones }) {
  return <Badge tone={tones[status]}>{status}</Badge>;
}
