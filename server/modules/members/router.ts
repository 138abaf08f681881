import { createTRPCRouter, permitted } from "../../trpc";
import { addMember } from "./add-member";
import { changeMemberRole } from "./change-member-role";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import { addMemberInput, changeMemberRoleInput, removeMemberInput } from "./schemas";

export const membersRouter = createTRPCRouter({
  list: permitted("members.read").query(({ ctx }) => listMembers(ctx.t)),
  add: permitted("members.manage").input(addMemberInput).mutation(({ ctx, input }) => addMember(ctx.t, input)),
  changeRole: permitted("members.manage").input(changeMemberRoleInput).mutation(({ ctx, input }) => changeMemberRole(ctx.t, input)),
  remove: permitted("members.manage").input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx.t, input)),
});
