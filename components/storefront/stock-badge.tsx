import { Badge } from "../ui/card";

export function StockBadge({ stock }: { stock: number }) {
  if (stock <= 0) return <Badge tone="red">Out of stock</Badge>;
  if (stock <= 5) return <Badge tone="amber">Only {stock} left</Badge>;
  return <Badge tone="green">In stock</Badge>;
}
