import "server-only";
import type { LkipImage, LkipInput, LkipOrganisation } from "@/lib/lkip/lkip-input";
import { sumPaguPerYear } from "../budget/sum-pagu-per-year";
import { db } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";
import type { OpdYearKey } from "../opd-year/opd-year-key";
import { fileStore } from "../storage/file-store";

type StoredImage = { mimeType: string; storageKey: string; sha256: string; caption: string };

/**
 * Pagu of every year of the Renstra period covering the report's year, up to that year and never after:
 * the year's loaded budget (from the leaves, "APBD"), else the Renstra's indicative pagu ("RENSTRA").
 */
export async function loadPaguPerYear(
  key: OpdYearKey,
  periode: { startYear: number; paguIndikatif: { year: number; amount: DecimalLike }[] } | null,
): Promise<LkipOrganisation["paguPerYear"]> {
  if (!periode) return [];
  const apbd = await sumPaguPerYear({ ...key, fromYear: periode.startYear, toYear: key.year });
  const indikatif = new Map(periode.paguIndikatif.map((row) => [row.year, toDecimal(row.amount)]));
  const years = Array.from({ length: key.year - periode.startYear + 1 }, (_, i) => periode.startYear + i);
  return years.flatMap((year): LkipOrganisation["paguPerYear"] => {
    const loaded = apbd.get(year);
    if (loaded) return [{ year, amount: loaded, source: "APBD" }];
    const planned = indikatif.get(year);
    return planned ? [{ year, amount: planned, source: "RENSTRA" }] : [];
  });
}

/** The images of the LKIP: the region's logo, the struktur organisasi, documentation photos, lampiran. */
export async function loadLkipImages(key: OpdYearKey): Promise<{
  logo: LkipImage | null;
  strukturOrganisasi: LkipImage | null;
  documentation: LkipInput["documentation"];
  lampiran: LkipImage[];
}> {
  const rows = await db.attachment.findMany({
    where: {
      pemdaId: key.pemdaId,
      OR: [
        { opdId: null, kind: "LOGO_PEMDA" },
        {
          opdId: key.opdId,
          year: key.year,
          kind: { in: ["STRUKTUR_ORGANISASI", "DOKUMENTASI", "LAMPIRAN"] },
        },
        { opdId: key.opdId, year: key.year, kind: "BUKTI_DUKUNG", ownerCode: { not: "" } },
      ],
    },
    orderBy: [{ ownerCode: "asc" }, { position: "asc" }, { createdAt: "asc" }],
  });
  const bytes = await fileStore.getMany(
    key.pemdaId,
    rows.map((row) => row.storageKey),
  );
  const toImage = (row: StoredImage): LkipImage => ({
    // The upload admitted PNG and JPEG only (by their bytes).
    mimeType: row.mimeType === "image/png" ? "image/png" : "image/jpeg",
    data: bytes.get(row.storageKey) ?? new Uint8Array(),
    sha256: row.sha256,
    caption: row.caption,
  });
  const logo = rows.find((row) => row.kind === "LOGO_PEMDA");
  const struktur = rows.find((row) => row.kind === "STRUKTUR_ORGANISASI");
  return {
    logo: logo ? toImage(logo) : null,
    strukturOrganisasi: struktur ? toImage(struktur) : null,
    documentation: rows
      .filter((row) => row.kind === "DOKUMENTASI" || row.kind === "BUKTI_DUKUNG")
      .map((row) => ({
        ...toImage(row),
        // A sub kegiatan's photo is captioned by its file name ("Penyaluran bantuan Desa Cikande.jpg").
        caption: row.kind === "BUKTI_DUKUNG" ? row.fileName.replace(/\.[^.]+$/, "") : row.caption,
        ownerCode: row.ownerCode,
      })),
    lampiran: rows.filter((row) => row.kind === "LAMPIRAN").map(toImage),
  };
}

/**
 * Names of the national chart of accounts (Permendagri 90/2019) for every group code that prefixes one of
 * the OPD-year's rekening codes ("5", "5.1", "5.1.02" … of "5.1.02.01.01.0024").
 */
export async function loadRekeningGroups(key: OpdYearKey): Promise<Record<string, string>> {
  const rows = await db.$queryRaw<{ code: string; name: string }[]>`
    SELECT k.code, k.name FROM "KodeRekening" k
    WHERE EXISTS (
      SELECT 1 FROM "RekeningBelanja" r
      JOIN "SubKegiatan" s ON s."pemdaId" = r."pemdaId" AND s.id = r."subKegiatanId"
      WHERE r."pemdaId" = ${key.pemdaId} AND s."opdId" = ${key.opdId} AND s.year = ${key.year}
        AND r.code LIKE k.code || '.%'
    )
    ORDER BY k.code`;
  return Object.fromEntries(rows.map((row) => [row.code, row.name]));
}
