export { listProducts, listCategories } from "./list-products";
export { getProduct } from "./get-product";
export { createProduct } from "./create-product";
export { updateProduct, archiveProduct } from "./update-product";
export { adjustStock } from "./adjust-stock";
export { productSelect } from "./product-select";
export { createProductInput, updateProductInput, adjustStockInput, productIdInput, listProductsInput, productFields } from "./schemas";
export type { CreateProductInput, UpdateProductInput, AdjustStockInput, ListProductsInput } from "./schemas";
