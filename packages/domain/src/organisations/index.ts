/** Turns an organisation's name into the short, URL-safe handle it is known by. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return slug || "organisation";
}

export { BULK_INVITE_LIMIT, type InviteListEntry, parseInviteList } from "./invite-list";
export {
  type SetupFacts,
  type SetupStep,
  type SetupStepKey,
  setupChecklist,
} from "./setup-checklist";
