import "server-only";
import type { StructureData, StructureMoney } from "@/lib/structure/structure-data";
import { coversBidang, type Principal } from "@/lib/auth/permissions";
import { formatRupiah } from "@/lib/format";
import { formatInputRupiah } from "@/lib/parse/indonesian-number";
import { db } from "../db";
import { type DecimalLike, toDecimal } from "../decimal";
import type { OpdRef } from "../opd/get-opd";

const money = (value: DecimalLike | null): StructureMoney =>
  value === null
    ? null
    : { input: formatInputRupiah(toDecimal(value)), display: formatRupiah(toDecimal(value)) };

/** The OPD-year's program → kegiatan → sub kegiatan → rekening hierarchy, ordered by kode. */
export async function loadStructure({
  principal,
  opd,
  year,
}: {
  principal: Principal;
  opd: OpdRef;
  year: number;
}): Promise<StructureData> {
  const scope = { pemdaId: opd.pemdaId, opdId: opd.id };
  const bidangName = { bidang: { select: { name: true } } } as const;
  const indikatorCount = { _count: { select: { indikator: true } } } as const;
  const [programs, bidang, sasaran, laporan] = await Promise.all([
    db.program.findMany({
      where: { ...scope, year },
      orderBy: { code: "asc" },
      include: {
        ...bidangName,
        ...indikatorCount,
        kegiatan: {
          orderBy: { code: "asc" },
          include: {
            ...bidangName,
            ...indikatorCount,
            subKegiatan: {
              orderBy: { code: "asc" },
              include: {
                ...bidangName,
                _count: { select: { indikator: true, realisasi: true } },
                rekening: { orderBy: { code: "asc" }, include: { _count: { select: { realisasi: true } } } },
              },
            },
          },
        },
      },
    }),
    db.bidang.findMany({ where: scope, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.sasaran.findMany({
      where: {
        pemdaId: opd.pemdaId,
        tujuan: { periode: { opdId: opd.id, startYear: { lte: year }, endYear: { gte: year } } },
      },
      orderBy: { code: "asc" },
      select: { id: true, code: true, text: true },
    }),
    db.laporanKinerja.findMany({ where: scope, orderBy: { year: "asc" }, select: { year: true } }),
  ]);

  const inScope = (bidangId: string | null) => coversBidang(principal, bidangId);
  return {
    programs: programs.map((p) => ({
      id: p.id,
      version: p.version,
      code: p.code,
      name: p.name,
      inScope: inScope(p.bidangId),
      bidangId: p.bidangId,
      bidangName: p.bidang?.name ?? null,
      sasaranProgram: p.sasaranProgram,
      sasaranId: p.sasaranId,
      indikator: p._count.indikator,
      kegiatan: p.kegiatan.map((k) => ({
        id: k.id,
        version: k.version,
        code: k.code,
        name: k.name,
        inScope: inScope(k.bidangId),
        bidangId: k.bidangId,
        bidangName: k.bidang?.name ?? null,
        indikator: k._count.indikator,
        subKegiatan: k.subKegiatan.map((s) => ({
          id: s.id,
          version: s.version,
          code: s.code,
          name: s.name,
          inScope: inScope(s.bidangId),
          bidangId: s.bidangId,
          bidangName: s.bidang?.name ?? null,
          paguAwal: money(s.paguAwal),
          paguPerubahan: money(s.paguPerubahan),
          hasRealisasi: s._count.realisasi > 0,
          indikator: s._count.indikator,
          rekening: s.rekening.map((r) => ({
            id: r.id,
            version: r.version,
            code: r.code,
            name: r.name,
            inScope: inScope(s.bidangId),
            paguAwal: money(r.paguAwal),
            paguPerubahan: money(r.paguPerubahan),
            hasRealisasi: r._count.realisasi > 0,
          })),
        })),
      })),
    })),
    bidang: bidang.map((b) => ({ ...b, inScope: inScope(b.id) })),
    sasaran: sasaran.map((s) => ({ id: s.id, label: `${s.code} ${s.text}` })),
    openedYears: laporan.map((l) => l.year),
  };
}
