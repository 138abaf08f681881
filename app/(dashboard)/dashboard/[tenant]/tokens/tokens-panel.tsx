"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Alert, Badge, Card, EmptyState } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { createTokenInput } from "@/server/modules/tokens/schemas";

function when(date: Date | null) {
  return date ? date.toLocaleString() : "—";
}

export function TokensPanel() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: tokens } = useSuspenseQuery(trpc.tokens.list.queryOptions());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.tokens.list.queryKey() });
  const create = useMutation(trpc.tokens.create.mutationOptions({ onSuccess: invalidate }));
  const revoke = useMutation(trpc.tokens.revoke.mutationOptions({ onSuccess: invalidate }));
  const [nameError, setNameError] = useState<string>();
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [copied, setCopied] = useState(false);

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const days = String(data.get("expiresInDays"));
    const parsed = createTokenInput.safeParse({ name: data.get("name"), expiresInDays: days === "never" ? null : Number(days) });
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message);
      return;
    }
    setNameError(undefined);
    create.mutate(parsed.data, {
      onSuccess: (token) => {
        form.reset();
        setCopied(false);
        setSecret({ name: token.name, value: token.secret });
      },
    });
  }

  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="text-base font-semibold text-gray-900">Create a token</h2>
        <form onSubmit={onCreate} className="mt-4 grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-start" noValidate aria-label="Create a token">
          <Field id="token-name" label="Name" error={nameError} hint="What uses it, e.g. “ERP sync”.">
            <Input id="token-name" name="name" aria-invalid={Boolean(nameError)} aria-describedby={nameError ? "token-name-error" : "token-name-hint"} />
          </Field>
          <Field id="token-expiry" label="Expires">
            <Select id="token-expiry" name="expiresInDays" defaultValue="90">
              <option value="30">in 30 days</option>
              <option value="90">in 90 days</option>
              <option value="365">in a year</option>
              <option value="never">never</option>
            </Select>
          </Field>
          <Button type="submit" className="sm:mt-6" isLoading={create.isPending}>
            Create token
          </Button>
        </form>
        {create.error && (
          <div className="mt-3">
            <Alert>{create.error.message}</Alert>
          </div>
        )}
        {secret && (
          <div className="mt-4 rounded-md bg-green-50 p-4 ring-1 ring-green-200" role="status" aria-live="polite">
            <p className="text-sm font-semibold text-green-900">Token “{secret.name}” created. Copy the secret now: it will not be shown again.</p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <code data-testid="new-token-secret" className="rounded bg-white px-2 py-1 font-mono text-sm ring-1 ring-green-200">
                {secret.value}
              </code>
              <Button
                variant="secondary"
                size="sm"
                onClick={async () => {
                  await navigator.clipboard?.writeText(secret.value).catch(() => {});
                  setCopied(true);
                }}
              >
                {copied ? "Copied" : "Copy"}
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setSecret(null)}>
                Done
              </Button>
            </div>
          </div>
        )}
      </Card>

      {revoke.error && <Alert>{revoke.error.message}</Alert>}

      <Card>
        {tokens.length === 0 ? (
          <div className="p-5">
            <EmptyState title="No API tokens yet" description="Create one above to connect an integration." />
          </div>
        ) : (
          <Table caption="API tokens">
            <thead className="bg-gray-50">
              <tr>
                <Th>Name</Th>
                <Th>Owner</Th>
                <Th>Created</Th>
                <Th>Last used</Th>
                <Th>Status</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {tokens.map((t) => {
                return (
                  <tr key={t.id} data-testid={`token-${t.name}`}>
                    <Td>
                      <div className="font-medium text-gray-900">{t.name}</div>
                      <div className="font-mono text-xs text-gray-500">{t.prefix}…</div>
                    </Td>
                    <Td>{t.user.email}</Td>
                    <Td>{when(t.createdAt)}</Td>
                    <Td>{when(t.lastUsedAt)}</Td>
                    <Td>
                      {t.revokedAt ? (
                        <Badge tone="red">revoked</Badge>
                      ) : t.isExpired ? (
                        <Badge tone="amber">expired</Badge>
                      ) : (
                        <Badge tone="green">{t.expiresAt ? `active until ${t.expiresAt.toLocaleDateString()}` : "active"}</Badge>
                      )}
                    </Td>
                    <Td className="text-right">
                      {!t.revokedAt && (
                        <Button
                          variant="ghost"
                          size="sm"
                          className="text-red-600"
                          isLoading={revoke.isPending && revoke.variables?.id === t.id}
                          onClick={() => {
                            if (window.confirm(`Revoke “${t.name}”? Integrations using it stop working at once.`)) revoke.mutate({ id: t.id });
                          }}
                        >
                          Revoke<span className="sr-only"> {t.name}</span>
                        </Button>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
