import {
  findTeamRole,
  getTeam,
  introRequestCounts,
  listMemberships,
  listMyIntros,
  type MembershipSummary,
  type OrgScope,
} from "@rapport/db";
import { AppError } from "@rapport/domain";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError, z } from "zod";
import { type Context, readOnce, type SessionUser } from "./context";
import { hideInternalError, isGenericInternalMessage, toTRPCError } from "./errors";
import { findUnstorableText, unstorableTextError } from "./input-guard";

/** Which rung of the ladder a procedure stands on; the access test reads it for every procedure. */
export type Access = "public" | "authed" | "orgMember" | "teamManager" | "orgAdmin";
export interface Meta {
  access: Access;
  /**
   * Top-level input keys that carry a whole uploaded file; the procedure cleans their text itself
   * (an import strips NUL characters rather than refusing the file).
   */
  fileFields?: readonly string[];
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, path }) {
      // Errors that never passed the procedures' middleware (none are expected) are hidden here too.
      if (error.code === "INTERNAL_SERVER_ERROR" && !isGenericInternalMessage(error.message)) {
        const hidden = hideInternalError(error, path ?? "?");
        return { ...shape, message: hidden.message, data: { ...shape.data, stack: undefined } };
      }
      const cause = error.cause;
      const field = cause instanceof AppError ? cause.field : undefined;
      return {
        ...shape,
        data: {
          ...shape.data,
          // Field-named messages so forms can show each problem beside its field.
          fieldErrors:
            cause instanceof ZodError
              ? z.flattenError(cause).fieldErrors
              : field
                ? { [field]: [error.message] }
                : undefined,
        },
      };
    },
  });

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * First in every procedure: refuses unstorable text anywhere in the input (field-named 400), maps domain
 * errors to their codes, and turns anything unexpected into a generic error with an id (detail logged).
 */
const mapErrors = t.middleware(async ({ ctx, next, getRawInput, meta, path, type }) => {
  const found = findUnstorableText(await getRawInput(), meta?.fileFields);
  if (found) {
    const cause = unstorableTextError(found);
    throw new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  const result = await next();
  // What this request read before a change may be stale after it.
  if (type === "mutation") ctx.reads.clear();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped instanceof TRPCError) throw mapped;
    if (result.error.code === "INTERNAL_SERVER_ERROR" && !isGenericInternalMessage(result.error.message))
      throw hideInternalError(result.error, path);
  }
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapErrors).meta({ access: "public" });

/** A signed-in person. */
export const authedProcedure = t.procedure
  .use(mapErrors)
  .meta({ access: "authed" })
  .use(({ ctx, next }) => {
    if (!ctx.session) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
    return next({ ctx: { ...ctx, user: ctx.session as SessionUser } });
  });

/**
 * The caller's organisations and roles, read once per request (the layout and every call of a page ask).
 * `known` is a list this request has just read with other things (`me.get`); it becomes the request's.
 */
export function membershipsOf(ctx: Context & { user: SessionUser }, known?: MembershipSummary[]) {
  return readOnce(ctx, `memberships:${ctx.user.id}`, () =>
    known ? Promise.resolve(known) : listMemberships(ctx.db, ctx.user.id),
  );
}

/** A member of an organisation; the organisation comes from their memberships, never from input. */
export const orgMemberProcedure = authedProcedure.meta({ access: "orgMember" }).use(async ({ ctx, next }) => {
  const memberships = await membershipsOf(ctx);
  const active =
    memberships.find((m) => m.organisationId === ctx.preferredOrganisationId) ?? memberships[0] ?? undefined;
  if (!active) {
    throw new TRPCError({ code: "FORBIDDEN", message: "You are not in an organisation yet." });
  }
  const scope: OrgScope = { userId: ctx.user.id, organisationId: active.organisationId };
  return next({ ctx: { ...ctx, scope, orgRole: active.role } });
});

type MemberContext = Pick<Context, "db" | "reads"> & { scope: OrgScope };

/**
 * My intro-request counts and my intros, read once per request: Today shows them in their own cards and in
 * this week's plan (`digest.thisWeek`), which would otherwise read both again.
 */
export function introRequestCountsOf(ctx: MemberContext) {
  const { userId, organisationId } = ctx.scope;
  return readOnce(ctx, `intro-request-counts:${organisationId}:${userId}`, () =>
    introRequestCounts(ctx.db, ctx.scope),
  );
}

export function myIntrosOf(ctx: MemberContext) {
  const { userId, organisationId } = ctx.scope;
  return readOnce(ctx, `my-intros:${organisationId}:${userId}`, () => listMyIntros(ctx.db, ctx.scope));
}

/** An admin of the caller's organisation (role re-read from the database on this request). */
export const orgAdminProcedure = orgMemberProcedure
  .meta({ access: "orgAdmin" })
  .use(async ({ ctx, next }) => {
    // The role read with the memberships on this request (orgMemberProcedure), never the session's.
    if (ctx.orgRole !== "admin") {
      throw new TRPCError({ code: "FORBIDDEN", message: "Only organisation admins can do this." });
    }
    return next();
  });

/**
 * A manager of the team named by `teamId` (or an admin of its organisation). A team of another
 * organisation answers NOT_FOUND, as if it did not exist.
 */
export const teamManagerProcedure = orgMemberProcedure
  .meta({ access: "teamManager" })
  .input(z.object({ teamId: z.string().min(1) }))
  .use(async ({ ctx, input, next }) => {
    const team = await getTeam(ctx.db, ctx.scope, input.teamId).catch((error: unknown) => {
      throw toTRPCError(error);
    });
    if (ctx.orgRole !== "admin" && (await findTeamRole(ctx.db, ctx.scope, team.id)) !== "manager") {
      throw new TRPCError({ code: "FORBIDDEN", message: "Only this team's managers can do this." });
    }
    return next({ ctx: { ...ctx, team } });
  });
