"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrors as issuesByField } from "@/components/ui/field-errors";
import { Button } from "@/components/ui/button";
import { Alert, Badge, Card, EmptyState } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { addMemberInput } from "@/server/modules/members/schemas";

const ROLE_HELP: Record<string, string> = {
  admin: "everything, including members, tokens and the audit log",
  user: "day-to-day work: products, orders",
  analyst: "read-only access to sales data",
  guest: "sees the overview only",
};

export function MembersPanel({ currentUserId }: { currentUserId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: members } = useSuspenseQuery(trpc.members.list.queryOptions());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.members.list.queryKey() });

  const [fieldErrors, setFieldErrors] = useState<{ email?: string; role?: string }>({});
  const [notice, setNotice] = useState<string | null>(null);
  const add = useMutation(trpc.members.add.mutationOptions({ onSuccess: invalidate }));
  const changeRole = useMutation(trpc.members.changeRole.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.members.remove.mutationOptions({ onSuccess: invalidate }));
  const actionError = changeRole.error ?? remove.error;

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    const parsed = addMemberInput.safeParse(data);
    if (!parsed.success) {
      setFieldErrors(issuesByField(parsed.error));
      return;
    }
    setFieldErrors({});
    setNotice(null);
    add.mutate(parsed.data, {
      onSuccess: (member) => {
        form.reset();
        setNotice(member.isPending ? `${member.email} was invited: they have no password yet.` : `${member.email} was added.`);
      },
    });
  }

  return (
    <div className="space-y-6">
      <Card className="p-5">
        <h2 className="text-base font-semibold text-gray-900">Add a member</h2>
        <form onSubmit={onAdd} className="mt-4 grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start" noValidate aria-label="Add a member">
          <Field id="member-email" label="E-mail" error={fieldErrors.email}>
            <Input
              id="member-email"
              name="email"
              type="email"
              placeholder="name@company.com"
              aria-invalid={Boolean(fieldErrors.email)}
              aria-describedby={fieldErrors.email ? "member-email-error" : undefined}
            />
          </Field>
          <Field id="member-role" label="Role" error={fieldErrors.role}>
            <Select id="member-role" name="role" defaultValue="user">
              {Object.keys(ROLE_HELP).map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" className="sm:mt-6" isLoading={add.isPending}>
            Add member
          </Button>
        </form>
        <div className="mt-3 space-y-2">
          {add.error && <Alert>{add.error.message}</Alert>}
          {notice && <Alert tone="success">{notice}</Alert>}
        </div>
        <dl className="mt-4 grid gap-1 text-xs text-gray-500 sm:grid-cols-2">
          {Object.entries(ROLE_HELP).map(([role, help]) => (
            <div key={role} className="flex gap-1">
              <dt className="font-semibold text-gray-700">{role}:</dt>
              <dd>{help}</dd>
            </div>
          ))}
        </dl>
      </Card>

      {actionError && <Alert>{actionError.message}</Alert>}

      <Card>
        {members.length === 0 ? (
          <div className="p-5">
            <EmptyState title="No members" />
          </div>
        ) : (
          <Table caption="Members">
            <thead className="bg-gray-50">
              <tr>
                <Th>Member</Th>
                <Th>Role</Th>
                <Th>Joined</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100 bg-white">
              {members.map((m) => (
                <tr key={m.userId} data-testid={`member-${m.email}`}>
                  <Td>
                    <div className="font-medium text-gray-900">{m.name}</div>
                    <div className="text-xs text-gray-500">
                      {m.email} {m.userId === currentUserId && <Badge tone="indigo">you</Badge>} {m.isPending && <Badge tone="amber">invited</Badge>}
                    </div>
                  </Td>
                  <Td>
                    <label className="sr-only" htmlFor={`role-${m.userId}`}>
                      Role of {m.email}
                    </label>
                    <Select
                      id={`role-${m.userId}`}
                      className="w-32"
                      value={m.role}
                      disabled={changeRole.isPending}
                      onChange={(e) => changeRole.mutate({ userId: m.userId, role: e.target.value as typeof m.role })}
                    >
                      {Object.keys(ROLE_HELP).map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </Select>
                  </Td>
                  <Td>{m.joinedAt.toLocaleDateString()}</Td>
                  <Td className="text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-red-600"
                      isLoading={remove.isPending && remove.variables?.userId === m.userId}
                      onClick={() => {
                        if (window.confirm(`Remove ${m.email} from this tenant? Their API tokens stop working.`)) remove.mutate({ userId: m.userId });
                      }}
                    >
                      Remove<span className="sr-only"> {m.email}</span>
                    </Button>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
