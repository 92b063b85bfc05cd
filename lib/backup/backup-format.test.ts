import { describe, expect, it } from "vitest";
import {
  BACKUP_FORMAT,
  BackupFileError,
  decodeValue,
  encodeValue,
  parseBackupHeader,
  parseRowLine,
} from "./backup-format";
import { describeRun } from "./describe-run";

const header = {
  format: BACKUP_FORMAT,
  version: 1,
  migration: "20261209200000_review_conversation",
  createdAt: "2026-12-07T15:00:00.000Z",
  pemda: { id: "p1", code: "3604", name: "Kabupaten Serang" },
  tables: [
    {
      name: "Pemda",
      kind: "PEMDA",
      columns: [
        { name: "id", type: "text" },
        { name: "code", type: "text" },
      ],
      rows: 1,
    },
  ],
};

describe("backup values", () => {
  it("keeps decimals and big integers as PostgreSQL's text, bytes as base64, timestamps as ISO in UTC", () => {
    expect(encodeValue("numeric", "17654457386.00")).toBe("17654457386.00");
    expect(encodeValue("bigint", "9007199254740993")).toBe("9007199254740993");
    expect(encodeValue("bytea", "\\x00ff10")).toBe("AP8Q");
    expect(decodeValue("bytea", "AP8Q")).toEqual(Buffer.from([0, 255, 16]));
    expect(encodeValue("timestamp without time zone", "2026-12-07 14:00:00.123")).toBe(
      "2026-12-07T14:00:00.123Z",
    );
    expect(encodeValue("timestamp with time zone", "2026-12-07 14:00:00.123+00")).toBe(
      "2026-12-07T14:00:00.123Z",
    );
    expect(encodeValue("date", "2022-12-31")).toBe("2022-12-31");
    expect(encodeValue("jsonb", null)).toBeNull();
  });
});

describe("the backup file's lines", () => {
  it("reads a header and refuses another file, another version or a broken header", () => {
    expect(parseBackupHeader(JSON.stringify(header)).pemda.code).toBe("3604");
    expect(() => parseBackupHeader("PK\u0003\u0004")).toThrow(
      new BackupFileError("Berkas ini bukan cadangan SAKIP: baris pertamanya bukan kepala cadangan."),
    );
    expect(() => parseBackupHeader(JSON.stringify({ ...header, version: 2 }))).toThrow(
      "Versi format cadangan 2 tidak dikenal (versi ini membaca versi 1).",
    );
    expect(() => parseBackupHeader(JSON.stringify({ ...header, tables: "?" }))).toThrow(
      "Kepala berkas cadangan rusak: isinya tidak lengkap.",
    );
  });

  it("names the line of a row that is broken, out of order or of the wrong width", () => {
    const [pemda] = parseBackupHeader(JSON.stringify(header)).tables;
    expect(parseRowLine('["Pemda",["p1","3604"]]', 2, pemda)).toEqual(["p1", "3604"]);
    expect(() => parseRowLine('["Pemda",["p1"', 2, pemda)).toThrow(
      "Berkas cadangan rusak di baris 2: bukan JSON yang utuh.",
    );
    expect(() => parseRowLine('["User",["u1","x"]]', 3, pemda)).toThrow(
      "Berkas cadangan rusak di baris 3: baris tabel User tidak pada urutan yang disebut kepala berkas (diharapkan Pemda).",
    );
    expect(() => parseRowLine('["Pemda",["p1"]]', 4, pemda)).toThrow(
      "Berkas cadangan rusak di baris 4: tabel Pemda memiliki 2 kolom, baris ini 1.",
    );
  });

  it("prints what a run did in Indonesian figures", () => {
    const parsed = parseBackupHeader(JSON.stringify(header));
    expect(
      describeRun("Dicadangkan", { header: parsed, rows: 12345, bytes: 1572864, milliseconds: 843 }),
    ).toBe("Dicadangkan Kabupaten Serang (3604): 12.345 baris dari 1 tabel, berkas 1,50 MB, 0,84 detik.");
  });
});
