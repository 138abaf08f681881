export { listMembers } from "./list-members";
export { addMember } from "./add-member";
export { changeMemberRole } from "./change-member-role";
export { removeMember } from "./remove-member";
export { addMemberInput, changeMemberRoleInput, removeMemberInput, roleSchema } from "./schemas";
export type { AddMemberInput, ChangeMemberRoleInput, RemoveMemberInput } from "./schemas";
