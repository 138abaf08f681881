"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrors } from "@/components/ui/field-errors";
import { Button } from "@/components/ui/button";
import { Alert, Badge, Card, EmptyState } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { createPromoInput } from "@/server/modules/promos/schemas";

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

export function PromosPanel({ canManage }: { canManage: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: promos } = useSuspenseQuery(trpc.promos.list.queryOptions());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.promos.list.queryKey() });
  const create = useMutation(trpc.promos.create.mutationOptions({ onSuccess: invalidate }));
  const setActive = useMutation(trpc.promos.setActive.mutationOptions({ onSuccess: invalidate }));
  const [errors, setErrors] = useState<Record<string, string>>({});

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = createPromoInput.safeParse({
      code: data.get("code"),
      percentOff: Number(data.get("percentOff")),
      startsAt: data.get("startsAt") || null,
      endsAt: data.get("endsAt") || null,
      maxRedemptions: data.get("maxRedemptions") ? Number(data.get("maxRedemptions")) : null,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  return (
    <div className="space-y-6">
      {canManage && (
        <Card className="p-5">
          <h2 className="text-base font-semibold">New promo code</h2>
          <form onSubmit={onCreate} className="mt-4 grid gap-4 sm:grid-cols-5 sm:items-start" noValidate aria-label="New promo code">
            <Field id="promo-code" label="Code" error={errors.code}>
              <Input id="promo-code" name="code" className="uppercase" aria-invalid={Boolean(errors.code)} />
            </Field>
            <Field id="promo-percent" label="% off" error={errors.percentOff}>
              <Input id="promo-percent" name="percentOff" type="number" min={0} max={100} aria-invalid={Boolean(errors.percentOff)} />
            </Field>
            <Field id="promo-starts" label="Starts" error={errors.startsAt}>
              <Input id="promo-starts" name="startsAt" type="date" />
            </Field>
            <Field id="promo-ends" label="Ends" error={errors.endsAt}>
              <Input id="promo-ends" name="endsAt" type="date" aria-invalid={Boolean(errors.endsAt)} />
            </Field>
            <Field id="promo-max" label="Max uses" error={errors.maxRedemptions} hint="Empty: unlimited">
              <Input id="promo-max" name="maxRedemptions" type="number" min={1} />
            </Field>
            <div className="sm:col-span-5">
              <Button type="submit" isLoading={create.isPending}>
                Create code
              </Button>
            </div>
          </form>
          {create.error && (
            <div className="mt-3">
              <Alert>{create.error.message}</Alert>
            </div>
          )}
        </Card>
      )}
      {setActive.error && <Alert>{setActive.error.message}</Alert>}
      <Card>
        {promos.length === 0 ? (
          <div className="p-5">
            <EmptyState title="No promo codes yet" />
          </div>
        ) : (
          <Table caption="Promo codes">
            <thead className="bg-gray-50">
              <tr>
                <Th>Code</Th>
                <Th>Discount</Th>
                <Th>Valid</Th>
                <Th>Used</Th>
                <Th>Status</Th>
                {canManage && (
                  <Th>
                    <span className="sr-only">Actions</span>
                  </Th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {promos.map((p) => (
                <tr key={p.id}>
                  <Td className="font-mono font-semibold">{p.code}</Td>
                  <Td>{p.percentOff}%</Td>
                  <Td>
                    {day(p.startsAt)} → {day(p.endsAt)}
                  </Td>
                  <Td>
                    {p.redemptions}
                    {p.maxRedemptions !== null ? ` / ${p.maxRedemptions}` : ""}
                  </Td>
                  <Td>{p.active ? <Badge tone="green">active</Badge> : <Badge>inactive</Badge>}</Td>
                  {canManage && (
                    <Td className="text-right">
                      <Button variant="ghost" size="sm" isLoading={setActive.isPending && setActive.variables?.id === p.id} onClick={() => setActive.mutate({ id: p.id, active: !p.active })}>
                        {p.active ? "Deactivate" : "Activate"}
                        <span className="sr-only"> {p.code}</span>
                      </Button>
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
