import type { MetadataRoute } from "next";

/** What a phone needs to install Rapport: name, icons, colours and where it opens. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/today",
    name: "Rapport",
    short_name: "Rapport",
    description:
      "Your networking week: goals, events, the people you meet and the follow-ups that keep them.",
    start_url: "/today",
    scope: "/",
    display: "standalone",
    background_color: "#f7fbfa",
    theme_color: "#f7fbfa",
    // Sharing a LinkedIn profile or an event page from another app opens /share, which prefills a form.
    share_target: {
      action: "/share",
      method: "GET",
      params: { title: "title", text: "text", url: "url" },
    },
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
