// Maintenance jobs the worker runs periodically.
export interface MaintenanceJob {
  name: string;
  run(): Promise<Record<string, unknown>>;
}

export const maintenanceJobs: MaintenanceJob[] = [];
