import type { QuickLogPrefill } from "./entry";

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** The browser's own QR reader (Chrome on Android, Safari 17+ on some devices), when it has one. */
export async function nativeQrDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (
    globalThis as {
      BarcodeDetector?: BarcodeDetectorClass & { getSupportedFormats?: () => Promise<string[]> };
    }
  ).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ["qr_code"];
    return formats.includes("qr_code") ? new Detector({ formats: ["qr_code"] }) : null;
  } catch {
    return null;
  }
}

const MAX_SIDE = 1280;

/**
 * The text of the QR code in a photo: the browser's reader when there is one, else jsQR (loaded only
 * now, so it never weighs on a page that does not scan). Null when no code can be found.
 */
export async function readCodeInPhoto(file: Blob): Promise<string | null> {
  const bitmap = await createImageBitmap(file);
  try {
    const detector = await nativeQrDetector();
    if (detector) {
      const found = await detector.detect(bitmap).catch(() => []);
      if (found[0]?.rawValue) return found[0].rawValue;
    }
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    const { default: jsQR } = await import("jsqr");
    return jsQR(data, width, height, { inversionAttempts: "attemptBoth" })?.data ?? null;
  } finally {
    bitmap.close();
  }
}

/** What a scanned code puts in the quick log: a contact card's fields or a LinkedIn link; null if neither. */
export async function prefillFromCode(text: string): Promise<QuickLogPrefill | null> {
  const { readScannedCode } = await import("@rapport/domain/contacts");
  return readScannedCode(text);
}
