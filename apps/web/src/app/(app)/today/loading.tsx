import { PageSkeleton } from "~/components/ui/skeleton";

// Only pages without an id in their address get a loading skeleton: a skeleton starts the answer as
// 200 before the page knows whether its record exists, so a page that can be "not found" must not have one.
// On a full page load the streamed page arrives in a <div hidden id="S:0"> at the end of <body> and React
// swaps it in for the skeleton up to ~300 ms later (React 19.2 batches Suspense reveals): for that moment
// the document holds a hidden copy of the page outside <main>. The digest preview, read whole by its
// tests and by people right after it opens, has no skeleton for that reason.
export default function Loading() {
  return <PageSkeleton />;
}
