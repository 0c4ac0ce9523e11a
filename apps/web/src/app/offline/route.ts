// The page a phone shows for a page that needs the network when there is none. Plain HTML with its
// own styles, so it works from the service worker's store without the app's scripts.
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>You're offline · Rapport</title>
<style>
  :root { color-scheme: light dark; --canvas: #f7fbfa; --ink: #16212b; --muted: #56636e; --line: #d7e2df; --accent: #1b6b5f; }
  @media (prefers-color-scheme: dark) { :root { --canvas: #161c22; --ink: #e8eef0; --muted: #a5b1b9; --line: #2c3640; --accent: #5cc5b0; } }
  body { margin: 0; min-height: 100dvh; display: grid; place-items: center; background: var(--canvas); color: var(--ink); font: 16px/1.5 system-ui, sans-serif; }
  main { max-width: 26rem; padding: 2rem 1.25rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; letter-spacing: -0.01em; }
  p { color: var(--muted); margin: 0 0 1rem; }
  nav { display: flex; flex-wrap: wrap; gap: .75rem; }
  a { display: inline-flex; align-items: center; min-height: 44px; padding: 0 1rem; border: 1px solid var(--line); border-radius: .5rem; color: var(--accent); font-weight: 600; text-decoration: none; }
</style>
</head>
<body>
<main>
  <h1>You're offline</h1>
  <p>This page needs a connection. Today, your events and the prep cards of events you are going to still open from this device, as they were when you last had signal.</p>
  <p>People you log now are kept here and sent when the connection is back.</p>
  <nav><a href="/today">Today</a><a href="/events">Events</a></nav>
</main>
</body>
</html>`;

export function GET() {
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
