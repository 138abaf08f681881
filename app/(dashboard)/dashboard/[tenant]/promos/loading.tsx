export { default } from "@/components/dashboard/section-loading";
