export { getMe } from "./get-me";
export { signOutEverywhere } from "./sign-out-everywhere";
