"use client";
import { Alert } from "@/components/ui/card";
import { Button } from "@/components/ui/button";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <Alert title="This section could not be loaded">
        Try again in a moment. Reference: <code>{error.digest ?? "n/a"}</code>
      </Alert>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
