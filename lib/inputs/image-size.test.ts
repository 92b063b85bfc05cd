import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { imageFileField } from "./image";
import { imageSize } from "./image-size";

describe("imageSize", () => {
  it("reads a PNG's IHDR", () => {
    const data = readFileSync(path.join(process.cwd(), "public", "logo-placeholder.png"));
    const size = imageSize({ mimeType: "image/png", data });
    expect(size).toEqual({ width: data.readUInt32BE(16), height: data.readUInt32BE(20) });
    expect(size!.width).toBeGreaterThan(0);
  });

  it("skips a JPEG's segments to its frame header, past a DHT that shares the SOF range", () => {
    const data = new Uint8Array([
      0xff,
      0xd8, // SOI
      0xff,
      0xe0,
      0x00,
      0x04,
      0x00,
      0x00, // APP0, 2 bytes
      0xff,
      0xc4,
      0x00,
      0x04,
      0x00,
      0x00, // DHT: not a frame
      0xff,
      0xc2,
      0x00,
      0x0b,
      0x08,
      0x01,
      0x2c,
      0x02,
      0x58,
      0x03,
      0x01,
      0x11,
      0x00, // SOF2: 300 high, 600 wide
    ]);
    expect(imageSize({ mimeType: "image/jpeg", data })).toEqual({ width: 600, height: 300 });
  });

  it("answers null for bytes that are not what they claim", () => {
    expect(
      imageSize({
        mimeType: "image/jpeg",
        data: new Uint8Array([0xff, 0xd8, 0x00, 0x01, 0, 0, 0, 0, 0, 0, 0, 0]),
      }),
    ).toBeNull();
    expect(imageSize({ mimeType: "image/png", data: new Uint8Array(8) })).toBeNull();
  });
});

describe("an uploaded image", () => {
  const png = readFileSync(path.join(process.cwd(), "public", "logo-placeholder.png"));
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

  it("is accepted when its size can be read from its bytes", () => {
    expect(imageFileField.safeParse(base64(png)).success).toBe(true);
  });

  it("is refused when its header declares no size (every LKIP of the year would fail to render it)", () => {
    const zeroSized = Uint8Array.from(png);
    zeroSized.fill(0, 16, 24);
    expect(imageFileField.safeParse(base64(zeroSized)).error?.issues[0]?.message).toBe(
      "Gambar tidak terbaca: ukurannya tidak dapat ditentukan dari isinya. Simpan ulang sebagai PNG atau JPEG.",
    );
  });
});
