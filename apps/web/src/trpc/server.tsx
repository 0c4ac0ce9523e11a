import "server-only";

import { appRouter } from "@rapport/api";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache, type ReactNode } from "react";
import { requestContext } from "~/server/api";
import { createQueryClient } from "./query-client";

export const getQueryClient = cache(createQueryClient);

/** For prefetching in Server Components: `prefetch(trpc.x.y.queryOptions())`. */
export const trpc = createTRPCOptionsProxy({
  ctx: requestContext,
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
