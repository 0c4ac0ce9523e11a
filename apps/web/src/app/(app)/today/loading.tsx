import { PageSkeleton } from "~/components/ui/skeleton";

// Only pages without an id in their address get a loading skeleton: a skeleton starts the answer as
// 200 before the page knows whether its record exists, so a page that can be "not found" must not have one.
export default function Loading() {
  return <PageSkeleton />;
}
