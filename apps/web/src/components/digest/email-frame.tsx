"use client";

import { useCallback, useState } from "react";

/**
 * The email at its real width (600 px, scrolling sideways on a phone) and full height. The frame runs no
 * scripts (sandbox without allow-scripts); allow-same-origin only lets this page measure its height.
 */
export function EmailFrame({ html, title }: { html: string; title: string }) {
  const [height, setHeight] = useState<number | null>(null);
  const measure = useCallback((frame: HTMLIFrameElement | null) => {
    const doc = frame?.contentDocument;
    if (doc?.documentElement) setHeight(doc.documentElement.scrollHeight);
  }, []);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <iframe
        title={title}
        sandbox="allow-same-origin"
        srcDoc={html}
        ref={(frame) => {
          if (frame?.contentDocument?.readyState === "complete") measure(frame);
        }}
        onLoad={(event) => measure(event.currentTarget)}
        style={{ height: height ? `${height + 8}px` : "80vh" }}
        className="block w-[600px] max-w-none"
      />
    </div>
  );
}
