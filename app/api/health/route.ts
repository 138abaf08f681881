import { checkHealth } from "@/server/modules/health";
import { publicRoute } from "@/server/rest/handler";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () => {
  const health = await checkHealth();
  return { status: health.ok ? 200 : 503, json: health };
});
