import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { type RenstraLevel, saveRenstraItemInput, type SaveRenstraItemInput } from "@/lib/inputs/renstra";
import { levelName, levelTitle } from "@/lib/vocabulary";
import type { RecordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findOpdForWrite, opdScope } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { onDuplicate, saveVersioned } from "../mutations/versioned";
import { invalid } from "./shared";

type TujuanInput = Extract<SaveRenstraItemInput, { level: "TUJUAN" }>;
type SasaranInput = Extract<SaveRenstraItemInput, { level: "SASARAN" }>;
type Periode = { id: string; pemdaId: string; opdId: string; startYear: number; endYear: number };
type Saved = { id: string; version: number };

const periodeText = (p: { startYear: number; endYear: number }) => `${p.startYear}–${p.endYear}`;

const tujuanValues = (t: { code: string; text: string; misiId: string | null }) => ({
  code: t.code,
  text: t.text,
  misiId: t.misiId,
});
const sasaranValues = (s: { code: string; text: string; tujuanId: string }) => ({
  code: s.code,
  text: s.text,
  tujuanId: s.tujuanId,
});

/** A stale edit: the message and `current` show the item as it is now (or that it is gone). */
function staleRenstra(
  level: RenstraLevel,
  current: { code: string; text: string; version: number; parent: [string, string | null] } | null,
): AppError {
  const label = levelTitle(level);
  if (current === null) {
    return new AppError("CONFLICT", `${label} ini telah dihapus oleh pengguna lain. Muat ulang halaman.`);
  }
  const [parentKey, parentValue] = current.parent;
  return new AppError(
    "CONFLICT",
    `${label} ini telah diubah oleh pengguna lain; sekarang kode ${current.code}, uraian "${current.text}". ` +
      "Periksa nilai terbaru lalu simpan lagi.",
    { code: current.code, text: current.text, [parentKey]: parentValue, version: String(current.version) },
  );
}

const tujuanNow = (t: { code: string; text: string; version: number; misi: { number: number } | null }) => ({
  code: t.code,
  text: t.text,
  version: t.version,
  parent: ["misi", t.misi ? `Misi ${t.misi.number}` : null] as [string, string | null],
});
const sasaranNow = (s: { code: string; text: string; version: number; tujuan: { code: string } }) => ({
  code: s.code,
  text: s.text,
  version: s.version,
  parent: ["tujuan", s.tujuan.code] as [string, string | null],
});

const duplicateTujuan = (code: string, periode: Periode, holder?: string) =>
  invalid(
    `Kode tujuan ${code} sudah dipakai` +
      (holder ? ` oleh tujuan "${holder}"` : "") +
      ` pada Renstra ${periodeText(periode)}; setiap kode tujuan hanya boleh dipakai sekali dalam satu Renstra.`,
  );
const duplicateSasaran = (code: string, tujuanCode: string, holder?: string) =>
  invalid(
    `Kode sasaran strategis ${code} sudah dipakai` +
      (holder ? ` oleh sasaran "${holder}"` : "") +
      ` pada tujuan ${tujuanCode}; setiap kode sasaran hanya boleh dipakai sekali dalam satu tujuan.`,
  );

async function saveTujuan(tx: Tx, audit: RecordAudit, periode: Periode, input: TujuanInput): Promise<Saved> {
  const include = { misi: { select: { number: true } } } as const;
  const existing =
    input.id === null
      ? null
      : await tx.tujuan.findFirst({
          where: { id: input.id, pemdaId: periode.pemdaId, periode: { opdId: periode.opdId } },
          include,
        });
  if (input.id !== null && !existing) throw notFound();
  if (existing && existing.periodeId !== periode.id) {
    throw invalid(
      `Tujuan ${existing.code} bukan bagian dari Renstra ${periodeText(periode)} yang berlaku pada tahun ${input.year}.`,
    );
  }

  if (input.misiId !== null) {
    const misi = await tx.misi.findFirst({
      where: {
        id: input.misiId,
        pemdaId: periode.pemdaId,
        rpjmd: { startYear: { lte: periode.endYear }, endYear: { gte: periode.startYear } },
      },
    });
    if (!misi) {
      throw invalid(
        `Misi yang dipilih bukan misi RPJMD pemerintah daerah ini untuk periode ${periodeText(periode)}.`,
      );
    }
  }
  const holder = await tx.tujuan.findFirst({
    where: { periodeId: periode.id, code: input.code, ...(existing && { NOT: { id: existing.id } }) },
  });
  if (holder) throw duplicateTujuan(input.code, periode, holder.text);

  const values = tujuanValues(input);
  const saved = await saveVersioned({
    existing,
    expectedVersion: input.id === null ? null : input.version,
    update: (where) => tx.tujuan.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
    create: () => tx.tujuan.create({ data: { pemdaId: periode.pemdaId, periodeId: periode.id, ...values } }),
    stale: async () => {
      const now = await tx.tujuan.findFirst({ where: { id: existing!.id }, include });
      return staleRenstra("TUJUAN", now && tujuanNow(now));
    },
  });
  await audit(tx, {
    opdId: periode.opdId,
    year: input.year,
    entity: "Tujuan",
    entityId: saved.id,
    oldValues: existing ? tujuanValues(existing) : undefined,
    newValues: values,
  });
  return saved;
}

async function saveSasaran(
  tx: Tx,
  audit: RecordAudit,
  periode: Periode,
  input: SasaranInput,
): Promise<Saved> {
  const include = { tujuan: { select: { code: true, periodeId: true } } } as const;
  const existing =
    input.id === null
      ? null
      : await tx.sasaran.findFirst({
          where: { id: input.id, pemdaId: periode.pemdaId, tujuan: { periode: { opdId: periode.opdId } } },
          include,
        });
  if (input.id !== null && !existing) throw notFound();
  if (existing && existing.tujuan.periodeId !== periode.id) {
    throw invalid(
      `Sasaran strategis ${existing.code} bukan bagian dari Renstra ${periodeText(periode)} yang berlaku pada tahun ${input.year}.`,
    );
  }

  const tujuan = await tx.tujuan.findFirst({
    where: { id: input.tujuanId, pemdaId: periode.pemdaId, periodeId: periode.id },
  });
  if (!tujuan) {
    throw invalid(`Tujuan yang dipilih bukan tujuan Renstra ${periodeText(periode)} perangkat daerah ini.`);
  }
  const holder = await tx.sasaran.findFirst({
    where: { tujuanId: tujuan.id, code: input.code, ...(existing && { NOT: { id: existing.id } }) },
  });
  if (holder) throw duplicateSasaran(input.code, tujuan.code, holder.text);

  const values = sasaranValues(input);
  const saved = await saveVersioned({
    existing,
    expectedVersion: input.id === null ? null : input.version,
    update: (where) => tx.sasaran.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
    create: () => tx.sasaran.create({ data: { pemdaId: periode.pemdaId, ...values } }),
    stale: async () => {
      const now = await tx.sasaran.findFirst({ where: { id: existing!.id }, include });
      return staleRenstra("SASARAN", now && sasaranNow(now));
    },
  });
  await audit(tx, {
    opdId: periode.opdId,
    year: input.year,
    entity: "Sasaran",
    entityId: saved.id,
    oldValues: existing ? sasaranValues(existing) : undefined,
    newValues: values,
  });
  return saved;
}

/**
 * Creates (id null) or edits a tujuan or a sasaran strategis of the OPD's Renstra: the period that
 * covers the year being edited. Renstra items belong to the whole OPD, so only planners without a
 * bidang limit may change them (a limited planner gets NOT_FOUND, as for sasaran indicators).
 */
export const saveRenstraItem = defineMutation({
  name: "renstra.save",
  input: saveRenstraItemInput,
  async run({ principal, input, audit }) {
    return onDuplicate(
      () =>
        db.$transaction(async (tx) => {
          const opd = await findOpdForWrite(tx, principal, "plan:edit", input.opdId, (opd) => ({
            ...opdScope(opd),
            bidangId: null,
          }));
          const scope = opdScope(opd);
          const periode = await tx.periode.findFirst({
            where: { ...scope, startYear: { lte: input.year }, endYear: { gte: input.year } },
          });
          if (!periode) {
            throw invalid(
              `${opd.name} belum memiliki Renstra yang berlaku pada tahun ${input.year}; ` +
                "tujuan dan sasaran strategis hanya dapat diubah pada periode Renstra yang mencakup tahun tersebut.",
            );
          }
          await assertYearEditable(tx, { ...scope, year: input.year });
          return input.level === "TUJUAN"
            ? saveTujuan(tx, audit, periode, input)
            : saveSasaran(tx, audit, periode, input);
        }),
      () =>
        invalid(
          `Kode ${levelName(input.level)} ${input.code} sudah dipakai; ` +
            "setiap kode hanya boleh dipakai sekali. Muat ulang halaman untuk melihat data terbaru.",
        ),
    );
  },
});
