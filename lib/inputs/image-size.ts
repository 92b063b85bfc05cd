import type { ImageType } from "./image";

/** Width and height in pixels of a PNG (IHDR) or a baseline/progressive JPEG (SOF); null if unreadable. */
export function imageSize({ mimeType, data }: { mimeType: ImageType; data: Uint8Array }): {
  width: number;
  height: number;
} | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (mimeType === "image/png") {
    return data.byteLength >= 24 ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
  }
  let offset = 2;
  while (offset + 9 < data.byteLength) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1]!;
    const length = view.getUint16(offset + 2);
    // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return null;
}
