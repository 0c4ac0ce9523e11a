"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import type { QuickLogPrefill } from "./entry";
import { nativeQrDetector, prefillFromCode, readCodeInPhoto } from "./read-code";

const NOT_A_CARD =
  "That code is not a contact card or a LinkedIn profile. Try another, or type their details.";
const NO_CODE = "No QR code found in that photo. Try one closer up, with the whole code in view.";

/**
 * "Scan a card": the camera when the browser can read QR codes itself, else (or when the camera is
 * refused) a photo of the code. A contact card or a LinkedIn link fills the quick log's fields.
 */
export function ScanCard({ onScanned }: { onScanned: (prefill: QuickLogPrefill) => void }) {
  const [message, setMessage] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [camera, setCamera] = useState<MediaStream | null>(null);
  const photo = useRef<HTMLInputElement>(null);
  const video = useRef<HTMLVideoElement>(null);

  async function use(text: string | null) {
    if (!text) return setMessage({ tone: "error", text: NO_CODE });
    const prefill = await prefillFromCode(text);
    if (!prefill) return setMessage({ tone: "error", text: NOT_A_CARD });
    setMessage({
      tone: "info",
      text: `Filled in from ${prefill.name ? `${prefill.name}'s card` : "the code"}.`,
    });
    onScanned(prefill);
  }

  // The camera loop calls whatever `use` is current, with the latest onScanned.
  const latestUse = useRef(use);
  latestUse.current = use;

  async function scan() {
    setMessage(null);
    const detector = await nativeQrDetector();
    if (!detector || !navigator.mediaDevices?.getUserMedia) return photo.current?.click();
    try {
      setCamera(await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }));
    } catch {
      setMessage({ tone: "info", text: "The camera is not available. Choose a photo of the code instead." });
      photo.current?.click();
    }
  }

  // While the camera is on, look for a code a few times a second; stop the camera when done.
  useEffect(() => {
    if (!camera || !video.current) return;
    const element = video.current;
    element.srcObject = camera;
    element.play().catch(() => {});
    let stopped = false;
    const look = async () => {
      const detector = await nativeQrDetector();
      while (!stopped && detector) {
        const found = await detector.detect(element).catch(() => []);
        if (found[0]?.rawValue && !stopped) {
          setCamera(null);
          await latestUse.current(found[0].rawValue);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    look();
    return () => {
      stopped = true;
      for (const track of camera.getTracks()) track.stop();
    };
  }, [camera]);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" size="sm" onClick={() => scan()}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M3 3h5v2H5v3H3V3Zm9 0h5v5h-2V5h-3V3ZM3 12h2v3h3v2H3v-5Zm12 0h2v5h-5v-2h3v-3ZM7 9h6v2H7V9Z" />
          </svg>
          Scan a card
        </Button>
        <label className="min-h-9 cursor-pointer content-center rounded-lg px-2 text-sm text-accent underline-offset-2 hover:underline focus-within:ring-2 focus-within:ring-accent/40">
          Use a photo
          <input
            ref={photo}
            type="file"
            accept="image/*"
            aria-label="Photo of a QR code"
            className="sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) readCodeInPhoto(file).then(use, () => setMessage({ tone: "error", text: NO_CODE }));
            }}
          />
        </label>
      </div>
      {camera ? (
        <div className="space-y-2">
          <video
            ref={video}
            muted
            playsInline
            className="aspect-square w-full max-w-xs rounded-lg bg-black object-cover"
          />
          <Button type="button" size="sm" variant="ghost" onClick={() => setCamera(null)}>
            Stop the camera
          </Button>
        </div>
      ) : null}
      <p
        aria-live="polite"
        className={
          message?.tone === "error" ? "text-sm text-red-700 dark:text-red-300" : "text-sm text-muted"
        }
      >
        {message?.text}
      </p>
    </div>
  );
}
