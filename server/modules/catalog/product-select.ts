export const productSelect = {
  id: true,
  sku: true,
  name: true,
  description: true,
  category: true,
  priceMinor: true,
  currency: true,
  stock: true,
  imageUrl: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} as const;
