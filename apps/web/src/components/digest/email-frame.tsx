"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The email at its real width (600 px, scrolling sideways on a phone) and full height. The frame runs no
 * scripts (sandbox without allow-scripts); allow-same-origin only lets this page measure its height.
 */
export function EmailFrame({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    // Measured once per load, from the body's own content: the document's scrollHeight would grow with
    // the frame and never settle.
    const measure = () => {
      const body = element.contentDocument?.body;
      if (!body) return;
      const style = element.contentWindow?.getComputedStyle(body);
      const margins = style ? Number.parseFloat(style.marginTop) + Number.parseFloat(style.marginBottom) : 0;
      setHeight(Math.ceil(body.getBoundingClientRect().height + margins) + 4);
    };
    if (element.contentDocument?.readyState === "complete") measure();
    element.addEventListener("load", measure);
    return () => element.removeEventListener("load", measure);
  }, []);
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <iframe
        ref={frame}
        title={title}
        sandbox="allow-same-origin"
        srcDoc={html}
        style={{ height: height ? `${height}px` : "80vh" }}
        className="block w-[600px] max-w-none"
      />
    </div>
  );
}
