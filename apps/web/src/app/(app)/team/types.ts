import type { api } from "~/server/api";

type Caller = Awaited<ReturnType<typeof api>>;

export type TeamDashboard = Awaited<ReturnType<Caller["dashboard"]["team"]>>;
export type MemberDashboard = Awaited<ReturnType<Caller["dashboard"]["member"]>>;
export type OrganisationOverview = Awaited<ReturnType<Caller["dashboard"]["organisation"]>>;
export type TrendPoint = TeamDashboard["trend"][number];
