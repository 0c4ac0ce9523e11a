// People I met: contacts, interactions, follow-ups, cadences, import. Every procedure acts on the
// caller's own records only (the owner comes from ctx.scope); anyone else's answers NOT_FOUND.
import {
  addFollowUp,
  completeFollowUp,
  countContacts,
  createContact,
  deleteAllContacts,
  deleteContact,
  deleteFollowUp,
  deleteInteraction,
  exportContacts,
  getContactDetail,
  importContactDrafts,
  listContacts,
  listContactTags,
  listDueFollowUps,
  listLosingTouch,
  listTagCadences,
  logInteraction,
  mergeOwnContacts,
  previewContactImport,
  removeTagCadence,
  reopenFollowUp,
  setContactCadence,
  setFollowUpDue,
  setTagCadence,
  snoozeFollowUp,
  updateContact,
} from "@rapport/db";
import { invalid } from "@rapport/domain";
import { daysBetween, localDate as localDateIn } from "@rapport/domain/time";
import { z } from "zod";
import {
  cadenceInput,
  contactInput,
  importDraftsInput,
  importFileInput,
  interactionInput,
  mergeInput,
  snoozeInput,
} from "../contact-validation";
import { createRouter, orgMemberProcedure } from "../trpc";
import { id, localDate } from "../validation";

const contactRef = z.object({ contactId: id });
const followUpRef = z.object({ followUpId: id });
const tagName = z.string().trim().min(1, "Enter a tag.").max(50, "Keep tags under 50 characters.");

export const contactsRouter = createRouter({
  list: orgMemberProcedure
    .input(
      z
        .object({
          q: z.string().trim().max(100).optional(),
          tag: z.string().trim().max(50).optional(),
          limit: z.number().int().min(1).max(200).default(50),
          offset: z.number().int().min(0).default(0),
        })
        .default({ limit: 50, offset: 0 }),
    )
    .query(({ ctx, input }) => listContacts(ctx.db, ctx.scope, input)),

  /** How many contacts the caller has, exactly (the list's own count stops at 1,000). */
  count: orgMemberProcedure.query(({ ctx }) => countContacts(ctx.db, ctx.scope)),

  tags: orgMemberProcedure.query(({ ctx }) => listContactTags(ctx.db, ctx.scope)),

  get: orgMemberProcedure
    .input(contactRef)
    .query(({ ctx, input }) => getContactDetail(ctx.db, ctx.scope, input.contactId)),

  create: orgMemberProcedure
    .input(
      contactInput.extend({
        proposeFollowUp: z.boolean().default(true),
        /** Chosen by the browser (the quick log's offline queue), so sending it twice saves one person. */
        clientId: z.uuid({ message: "That entry id is not valid." }).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { proposeFollowUp, clientId, ...fields } = input;
      const { contact, followUpOn, repeated } = await createContact(ctx.db, ctx.scope, fields, {
        proposeFollowUp,
        clientId: clientId?.toLowerCase(),
      });
      return { id: contact.id, name: contact.name, followUpOn, repeated };
    }),

  update: orgMemberProcedure
    .input(contactInput.extend({ contactId: id }))
    .mutation(async ({ ctx, input }) => {
      const { contactId, ...fields } = input;
      const contact = await updateContact(ctx.db, ctx.scope, contactId, fields);
      return { id: contact.id, name: contact.name };
    }),

  setCadence: orgMemberProcedure
    .input(z.object({ contactId: id, cadence: cadenceInput.nullable() }))
    .mutation(({ ctx, input }) => setContactCadence(ctx.db, ctx.scope, input.contactId, input.cadence)),

  delete: orgMemberProcedure.input(contactRef).mutation(async ({ ctx, input }) => {
    await deleteContact(ctx.db, ctx.scope, input.contactId);
  }),

  /** Deletes every contact of mine; the person types "delete all" to confirm. */
  deleteAll: orgMemberProcedure
    .input(
      z.object({
        confirm: z
          .string()
          .trim()
          .toLowerCase()
          .refine((v) => v === "delete all", { message: 'Type "delete all" to confirm.' }),
      }),
    )
    .mutation(async ({ ctx }) => ({ deleted: await deleteAllContacts(ctx.db, ctx.scope) })),

  /** Merges records of one person into the first, keeping every interaction and follow-up. */
  merge: orgMemberProcedure
    .input(mergeInput)
    .mutation(({ ctx, input }) => mergeOwnContacts(ctx.db, ctx.scope, input.contactIds, input.choose)),

  logInteraction: orgMemberProcedure.input(interactionInput).mutation(async ({ ctx, input }) => {
    const { contactId, ...fields } = input;
    const { interaction, suggestion } = await logInteraction(ctx.db, ctx.scope, contactId, fields);
    return { id: interaction.id, suggestion };
  }),

  deleteInteraction: orgMemberProcedure
    .input(z.object({ interactionId: id }))
    .mutation(({ ctx, input }) => deleteInteraction(ctx.db, ctx.scope, input.interactionId)),

  addFollowUp: orgMemberProcedure
    .input(
      z.object({
        contactId: id,
        dueOn: localDate("follow-up date"),
        note: z
          .string()
          .trim()
          .max(500, "Keep the note under 500 characters.")
          .nullish()
          .transform((v) => v || null),
        reason: z.enum(["manual", "second_touch"]).default("manual"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { contactId, ...fields } = input;
      const row = await addFollowUp(ctx.db, ctx.scope, contactId, fields);
      return { id: row?.id, dueOn: row?.dueOn };
    }),

  completeFollowUp: orgMemberProcedure
    .input(followUpRef)
    .mutation(({ ctx, input }) => completeFollowUp(ctx.db, ctx.scope, input.followUpId)),

  snoozeFollowUp: orgMemberProcedure.input(snoozeInput).mutation(({ ctx, input }) => {
    const { followUpId, ...by } = input;
    return snoozeFollowUp(ctx.db, ctx.scope, followUpId, by);
  }),

  /** Undo of "done": open again, and the catch-up it scheduled (`nextFollowUpId`) removed. */
  reopenFollowUp: orgMemberProcedure
    .input(followUpRef.extend({ nextFollowUpId: id.nullish() }))
    .mutation(({ ctx, input }) =>
      reopenFollowUp(ctx.db, ctx.scope, input.followUpId, input.nextFollowUpId ?? null),
    ),

  /** Undo of a snooze: back on the day it was due, even one already past (within a year either way). */
  setFollowUpDue: orgMemberProcedure
    .input(followUpRef.extend({ dueOn: localDate("follow-up date") }))
    .mutation(({ ctx, input }) => {
      const today = localDateIn(new Date(), "UTC");
      if (Math.abs(daysBetween(today, input.dueOn)) > 400) {
        throw invalid("Pick a day within a year of today.", "dueOn");
      }
      return setFollowUpDue(ctx.db, ctx.scope, input.followUpId, input.dueOn);
    }),

  deleteFollowUp: orgMemberProcedure
    .input(followUpRef)
    .mutation(({ ctx, input }) => deleteFollowUp(ctx.db, ctx.scope, input.followUpId)),

  due: orgMemberProcedure.query(({ ctx }) => listDueFollowUps(ctx.db, ctx.scope)),

  losingTouch: orgMemberProcedure.query(({ ctx }) => listLosingTouch(ctx.db, ctx.scope)),

  tagCadences: orgMemberProcedure.query(({ ctx }) => listTagCadences(ctx.db, ctx.scope)),

  setTagCadence: orgMemberProcedure
    .input(z.object({ tag: tagName, cadence: cadenceInput }))
    .mutation(async ({ ctx, input }) => {
      await setTagCadence(ctx.db, ctx.scope, input.tag, input.cadence);
    }),

  removeTagCadence: orgMemberProcedure.input(z.object({ tag: tagName })).mutation(async ({ ctx, input }) => {
    await removeTagCadence(ctx.db, ctx.scope, input.tag);
  }),

  /** What importing a file would do: nothing is written. */
  previewImport: orgMemberProcedure
    .meta({ access: "orgMember", fileFields: ["text"] })
    .input(importFileInput)
    .mutation(({ ctx, input }) => previewContactImport(ctx.db, ctx.scope, input)),

  /** Imports up to 1,000 drafts from a preview in one transaction. */
  importDrafts: orgMemberProcedure
    .input(importDraftsInput)
    .mutation(({ ctx, input }) => importContactDrafts(ctx.db, ctx.scope, input.drafts)),

  /** Everything I saved, for the CSV and vCard downloads. */
  export: orgMemberProcedure.query(({ ctx }) => exportContacts(ctx.db, ctx.scope)),
});
