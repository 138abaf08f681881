// The background worker: periodic maintenance jobs, each run in its own tenant-free system path.
// `npm run worker` (docker-compose runs it as its own service). Writes a heartbeat file that the
// container health check reads.
import { writeFile } from "node:fs/promises";
import { maintenanceJobs } from "../server/jobs";

const INTERVAL_MS = Number(process.env.WORKER_INTERVAL_MS ?? 60_000);
const HEARTBEAT = process.env.WORKER_HEARTBEAT_FILE ?? "/tmp/worker-alive";

let stopping = false;
process.on("SIGTERM", () => (stopping = true));
process.on("SIGINT", () => (stopping = true));

console.log(JSON.stringify({ level: "info", msg: "worker started", jobs: maintenanceJobs.map((j) => j.name), intervalMs: INTERVAL_MS }));
while (!stopping) {
  for (const job of maintenanceJobs) {
    try {
      const result = await job.run();
      console.log(JSON.stringify({ level: "info", msg: "job done", job: job.name, ...result }));
    } catch (error) {
      console.error(JSON.stringify({ level: "error", msg: "job failed", job: job.name, error: String(error) }));
    }
  }
  await writeFile(HEARTBEAT, new Date().toISOString()).catch(() => {});
  for (let waited = 0; waited < INTERVAL_MS && !stopping; waited += 1000) await new Promise((r) => setTimeout(r, 1000));
}
process.exit(0);
