// The demo catalogs: complementary items are obvious (laptops ↔ bags, mice, chargers; beans ↔ grinders, filters, mugs).
export interface DemoProduct {
  sku: string;
  name: string;
  category: string;
  priceMinor: number;
  stock: number;
  image: string;
  description: string;
}

export const DEMO_CATALOG: Record<string, DemoProduct[]> = {
  "company-a": [
    { sku: "LAP-13-AIR", name: "Aero 13 Laptop", category: "Laptops", priceMinor: 89900, stock: 12, image: "laptop", description: "13-inch ultralight laptop, 16 GB RAM, 512 GB SSD, all-day battery." },
    { sku: "LAP-15-PRO", name: "Forge 15 Pro Laptop", category: "Laptops", priceMinor: 149900, stock: 6, image: "laptop", description: "15-inch workstation with a 120 Hz display and 32 GB RAM." },
    { sku: "LAP-14-EDU", name: "Scholar 14 Laptop", category: "Laptops", priceMinor: 54900, stock: 0, image: "laptop", description: "Durable 14-inch laptop for school and home office." },
    { sku: "BAG-13-SLV", name: "Sleeve for 13-inch Laptops", category: "Laptop bags", priceMinor: 2999, stock: 40, image: "bag", description: "Padded felt sleeve that fits 13-inch laptops." },
    { sku: "BAG-15-BPK", name: "Commuter Backpack 15\"", category: "Laptop bags", priceMinor: 7999, stock: 25, image: "bag", description: "Water-resistant backpack with a padded 15-inch laptop compartment." },
    { sku: "BAG-MSG", name: "Messenger Bag", category: "Laptop bags", priceMinor: 5999, stock: 15, image: "bag", description: "Canvas messenger bag for laptops up to 14 inches." },
    { sku: "MOU-WL", name: "Wireless Mouse", category: "Mice", priceMinor: 2499, stock: 60, image: "mouse", description: "Quiet wireless mouse with a 12-month battery." },
    { sku: "MOU-ERGO", name: "Ergonomic Vertical Mouse", category: "Mice", priceMinor: 4999, stock: 18, image: "mouse", description: "Vertical grip that keeps your wrist in a natural position." },
    { sku: "MOU-TRV", name: "Travel Mouse", category: "Mice", priceMinor: 1999, stock: 35, image: "mouse", description: "Foldable Bluetooth mouse that slips into any bag." },
    { sku: "CHG-65W", name: "65 W USB-C Charger", category: "Chargers", priceMinor: 3999, stock: 45, image: "charger", description: "GaN charger that powers laptops, tablets and phones." },
    { sku: "CHG-100W", name: "100 W Dual USB-C Charger", category: "Chargers", priceMinor: 6999, stock: 20, image: "charger", description: "Charge a 15-inch laptop and a phone at full speed." },
    { sku: "CHG-CAR", name: "USB-C Car Charger", category: "Chargers", priceMinor: 2499, stock: 3, image: "charger", description: "45 W car charger for laptops on the road." },
  ],
  "company-b": [
    { sku: "BEAN-ETH", name: "Ethiopia Yirgacheffe Beans 250 g", category: "Coffee beans", priceMinor: 1450, stock: 80, image: "beans", description: "Floral, citrus, light roast." },
    { sku: "BEAN-COL", name: "Colombia Huila Beans 250 g", category: "Coffee beans", priceMinor: 1290, stock: 70, image: "beans", description: "Caramel and red apple, medium roast." },
    { sku: "BEAN-ESP", name: "House Espresso Blend 1 kg", category: "Coffee beans", priceMinor: 3900, stock: 30, image: "beans", description: "Chocolate and hazelnut, made for espresso." },
    { sku: "GRD-HAND", name: "Hand Grinder", category: "Grinders", priceMinor: 8900, stock: 10, image: "grinder", description: "Steel burrs, 40 grind settings." },
    { sku: "GRD-ELEC", name: "Electric Burr Grinder", category: "Grinders", priceMinor: 17900, stock: 5, image: "grinder", description: "Conical burrs from espresso to cold brew." },
    { sku: "GRD-TRV", name: "Travel Grinder", category: "Grinders", priceMinor: 4900, stock: 0, image: "grinder", description: "Compact grinder for one cup on the go." },
    { sku: "FLT-V60", name: "Paper Filters V60 (100)", category: "Filters", priceMinor: 690, stock: 200, image: "filter", description: "Bleached paper filters for size 02 drippers." },
    { sku: "FLT-MTL", name: "Reusable Metal Filter", category: "Filters", priceMinor: 1990, stock: 40, image: "filter", description: "Stainless mesh for a fuller cup." },
    { sku: "FLT-CHX", name: "Chemex Filters (100)", category: "Filters", priceMinor: 1190, stock: 60, image: "filter", description: "Bonded filters for 6-cup Chemex." },
    { sku: "MUG-CER", name: "Ceramic Mug 350 ml", category: "Mugs", priceMinor: 1800, stock: 50, image: "mug", description: "Hand-glazed stoneware mug." },
    { sku: "MUG-TRV", name: "Insulated Travel Mug", category: "Mugs", priceMinor: 2900, stock: 25, image: "mug", description: "Keeps coffee hot for 6 hours." },
    { sku: "MUG-GLS", name: "Double-Wall Glass Cups (2)", category: "Mugs", priceMinor: 2400, stock: 2, image: "mug", description: "Show off your latte art." },
  ],
};
