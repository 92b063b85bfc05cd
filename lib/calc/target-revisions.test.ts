import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  citeRevision,
  revisionInForce,
  revisionYearProblem,
  targetAwal,
  yearEnd,
  type RevisedTarget,
} from "./target-revisions";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function revised(nomor: string, berlakuMulai: string, value: string, previous: string): RevisedTarget {
  return {
    document: {
      id: nomor,
      kind: "PK",
      nomor,
      tanggal: day(berlakuMulai),
      alasan: "Refocusing anggaran",
      berlakuMulai: day(berlakuMulai),
      createdAt: day(berlakuMulai),
    },
    value: new Decimal(value),
    upper: null,
    previous: { value: new Decimal(previous), upper: null },
  };
}

describe("target in force by date", () => {
  // Recorded out of order on purpose: the second document takes effect before the first one recorded.
  const october = revised("050/20/2022", "2022-10-01", "3.2", "3.5");
  const july = revised("050/10/2022", "2022-07-01", "3.5", "3");
  const revisions = [october, july];

  it("holds the target awal before the first document takes effect", () => {
    expect(revisionInForce(revisions, day("2022-06-30"))).toBeNull();
  });

  it("takes each document from its own date on", () => {
    expect(revisionInForce(revisions, day("2022-07-01"))?.value.toString()).toBe("3.5");
    expect(revisionInForce(revisions, day("2022-09-30"))?.document.nomor).toBe("050/10/2022");
    expect(revisionInForce(revisions, day("2022-10-01"))?.value.toString()).toBe("3.2");
    expect(revisionInForce(revisions, yearEnd(2022))?.document.nomor).toBe("050/20/2022");
  });

  it("on the same day, the later document wins", () => {
    const later = { ...revised("050/11/2022", "2022-07-01", "3.4", "3.5") };
    later.document = { ...later.document, createdAt: day("2022-07-02") };
    expect(revisionInForce([later, july], day("2022-07-01"))?.document.nomor).toBe("050/11/2022");
  });

  it("reads the Renstra's target awal from the first revision, the PK's from the stored target", () => {
    expect(
      targetAwal("RENSTRA", { value: new Decimal("3.2"), upper: null }, revisions)?.value.toString(),
    ).toBe("3");
    expect(targetAwal("PK", { value: new Decimal("3"), upper: null }, revisions)?.value.toString()).toBe("3");
  });

  it("keeps a PK perubahan to its own year and a Renstra revision to later years", () => {
    expect(revisionYearProblem("PK", day("2022-07-01"), 2022)).toBeNull();
    expect(revisionYearProblem("PK", day("2022-07-01"), 2023)).toBe(
      "PK Perubahan yang berlaku mulai 1 Juli 2022 hanya mengubah target tahun 2022, bukan tahun 2023.",
    );
    expect(revisionYearProblem("RENSTRA", day("2023-01-01"), 2025)).toBeNull();
    expect(revisionYearProblem("RENSTRA", day("2023-01-01"), 2022)).toBe(
      "Revisi Renstra yang berlaku mulai 1 Januari 2023 tidak dapat mengubah target tahun 2022 yang telah lewat.",
    );
  });

  it("cites a document as the LKIP prints it", () => {
    expect(citeRevision(july.document)).toBe("PK Perubahan Nomor 050/10/2022 tanggal 1 Juli 2022");
  });
});
