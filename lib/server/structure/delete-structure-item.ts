import "server-only";
import { AppError } from "@/lib/errors";
import { deleteStructureItemInput } from "@/lib/inputs/structure";
import { levelName, levelTitle, type StructureLevel } from "@/lib/vocabulary";
import { db, type Tx } from "../db";
import { assertYearEditable } from "../laporan/lock-laporan";
import { findForWrite } from "../mutations/authorize";
import { defineMutation } from "../mutations/define-mutation";
import { invalid, moneyValue } from "./shared";

/** What a delete needs to know about an item, whatever its level. */
type Item = {
  id: string;
  version: number;
  pemdaId: string;
  opdId: string;
  year: number;
  bidangId: string | null;
  code: string;
  name: string;
  /** Children by level label, e.g. { kegiatan: 2 }. */
  children: { label: string; count: number };
  realisasiAnggaran: number;
  realisasiIndikator: number;
  indikator: number;
  values: Record<string, string | null>;
};

const withIndicatorRealisasi = {
  indikator: { select: { _count: { select: { realisasi: true } } } },
} as const;
const indicatorCounts = (indikator: { _count: { realisasi: number } }[]) => ({
  indikator: indikator.length,
  realisasiIndikator: indikator.reduce((sum, i) => sum + i._count.realisasi, 0),
});

async function findItem(tx: Tx, pemdaId: string, level: StructureLevel, id: string): Promise<Item | null> {
  const where = { id, pemdaId };
  switch (level) {
    case "PROGRAM": {
      const p = await tx.program.findFirst({
        where,
        include: { ...withIndicatorRealisasi, _count: { select: { kegiatan: true } } },
      });
      return (
        p && {
          ...p,
          children: { label: levelName("KEGIATAN"), count: p._count.kegiatan },
          realisasiAnggaran: 0,
          ...indicatorCounts(p.indikator),
          values: { code: p.code, name: p.name, bidangId: p.bidangId, sasaranProgram: p.sasaranProgram },
        }
      );
    }
    case "KEGIATAN": {
      const k = await tx.kegiatan.findFirst({
        where,
        include: { ...withIndicatorRealisasi, _count: { select: { subKegiatan: true } } },
      });
      return (
        k && {
          ...k,
          children: { label: levelName("SUB_KEGIATAN"), count: k._count.subKegiatan },
          realisasiAnggaran: 0,
          ...indicatorCounts(k.indikator),
          values: { code: k.code, name: k.name, bidangId: k.bidangId },
        }
      );
    }
    case "SUB_KEGIATAN": {
      const s = await tx.subKegiatan.findFirst({
        where,
        include: { ...withIndicatorRealisasi, _count: { select: { rekening: true, realisasi: true } } },
      });
      return (
        s && {
          ...s,
          children: { label: levelName("REKENING"), count: s._count.rekening },
          realisasiAnggaran: s._count.realisasi,
          ...indicatorCounts(s.indikator),
          values: {
            code: s.code,
            name: s.name,
            bidangId: s.bidangId,
            paguAwal: moneyValue(s.paguAwal),
            paguPerubahan: moneyValue(s.paguPerubahan),
          },
        }
      );
    }
    case "REKENING": {
      const r = await tx.rekeningBelanja.findFirst({
        where,
        include: {
          subKegiatan: { select: { opdId: true, year: true, bidangId: true } },
          _count: { select: { realisasi: true } },
        },
      });
      return (
        r && {
          ...r,
          ...r.subKegiatan,
          children: { label: "", count: 0 },
          realisasiAnggaran: r._count.realisasi,
          indikator: 0,
          realisasiIndikator: 0,
          values: {
            code: r.code,
            name: r.name,
            paguAwal: moneyValue(r.paguAwal),
            paguPerubahan: moneyValue(r.paguPerubahan),
          },
        }
      );
    }
  }
}

async function deleteVersion(tx: Tx, level: StructureLevel, id: string, version: number): Promise<number> {
  const where = { id, version };
  switch (level) {
    case "PROGRAM":
      return (await tx.program.deleteMany({ where })).count;
    case "KEGIATAN":
      return (await tx.kegiatan.deleteMany({ where })).count;
    case "SUB_KEGIATAN":
      return (await tx.subKegiatan.deleteMany({ where })).count;
    case "REKENING":
      return (await tx.rekeningBelanja.deleteMany({ where })).count;
  }
}

const entityOf: Record<StructureLevel, string> = {
  PROGRAM: "Program",
  KEGIATAN: "Kegiatan",
  SUB_KEGIATAN: "SubKegiatan",
  REKENING: "RekeningBelanja",
};

const stale = (level: StructureLevel) =>
  new AppError(
    "CONFLICT",
    `${levelTitle(level)} ini telah diubah atau dihapus oleh pengguna lain. Muat ulang halaman lalu periksa lagi.`,
  );

/**
 * Deletes a program, kegiatan, sub kegiatan or rekening line that has no children and no realisasi
 * (anggaran or indikator). Its indicator definitions and targets go with it.
 */
export const deleteStructureItem = defineMutation({
  name: "structure.delete",
  input: deleteStructureItemInput,
  async run({ principal, input, audit }) {
    return db.$transaction(async (tx) => {
      const item = await findForWrite(
        principal,
        "plan:edit",
        findItem(tx, principal.pemdaId, input.level, input.id),
        (item) => ({ pemdaId: item.pemdaId, opdId: item.opdId, bidangId: item.bidangId }),
      );
      await assertYearEditable(tx, item);
      if (item.version !== input.version) {
        throw new AppError(
          "CONFLICT",
          `${levelTitle(input.level)} ini telah diubah oleh pengguna lain; sekarang kode ${item.code}, ` +
            `nama "${item.name}". Periksa lalu hapus lagi bila memang dimaksud.`,
          { ...item.values, version: String(item.version) },
        );
      }

      const label = `${levelTitle(input.level)} ${item.code} ${item.name}`;
      if (item.children.count > 0) {
        throw invalid(
          `${label} masih memiliki ${item.children.count} ${item.children.label}; ` +
            `hapus ${item.children.label}nya terlebih dahulu.`,
        );
      }
      if (item.realisasiAnggaran > 0) {
        throw invalid(`${label} sudah memiliki realisasi anggaran dan tidak dapat dihapus.`);
      }
      if (item.realisasiIndikator > 0) {
        throw invalid(`${label} sudah memiliki realisasi indikator kinerja dan tidak dapat dihapus.`);
      }

      if ((await deleteVersion(tx, input.level, item.id, item.version)) === 0) throw stale(input.level);
      await audit(tx, {
        opdId: item.opdId,
        year: item.year,
        entity: entityOf[input.level],
        entityId: item.id,
        oldValues: { level: levelName(input.level), ...item.values, indikator: item.indikator },
      });
      return { id: item.id };
    });
  },
});
