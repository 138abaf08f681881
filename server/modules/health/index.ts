import { checkHealth } from "./check-health";

export { checkHealth };
