import { matchesSearch, type PageInfo, pageOfTree } from "@/lib/views/page-of-tree";

/** Plain data for the structure editor (crosses to client components): text, numbers and ids only. */
export type StructureMoney = { input: string; display: string } | null;

type Base = {
  id: string;
  version: number;
  code: string;
  name: string;
  /** Whether the viewer may edit or delete it, and add children under it (bidang scope only). */
  inScope: boolean;
};

export type StructureRekening = Base & {
  paguAwal: StructureMoney;
  paguPerubahan: StructureMoney;
  hasRealisasi: boolean;
};
export type StructureSubKegiatan = Base & {
  bidangId: string | null;
  bidangName: string | null;
  paguAwal: StructureMoney;
  paguPerubahan: StructureMoney;
  hasRealisasi: boolean;
  indikator: number;
  rekening: StructureRekening[];
};
export type StructureKegiatan = Base & {
  bidangId: string | null;
  bidangName: string | null;
  indikator: number;
  subKegiatan: StructureSubKegiatan[];
};
export type StructureProgram = Base & {
  bidangId: string | null;
  bidangName: string | null;
  sasaranProgram: string | null;
  sasaranId: string | null;
  indikator: number;
  kegiatan: StructureKegiatan[];
};

export type StructureData = {
  programs: StructureProgram[];
  bidang: { id: string; name: string; inScope: boolean }[];
  sasaran: { id: string; label: string }[];
  /** Years of the OPD that already have an LKIP (a copy must go elsewhere). */
  openedYears: number[];
};

type StructureNode = StructureProgram | StructureKegiatan | StructureSubKegiatan;
const childrenOf = (node: StructureNode): readonly StructureNode[] =>
  "kegiatan" in node ? node.kegiatan : "subKegiatan" in node ? node.subKegiatan : [];

/** The structure with one page of its sub kegiatan (pageOfTree); programs and kegiatan above them stay. */
export function pageOfStructure(
  data: StructureData,
  { page, search }: { page: number; search?: string },
): { data: StructureData; info: PageInfo } {
  const { roots, info } = pageOfTree<StructureNode>(
    data.programs,
    {
      childrenOf,
      withChildren: (node, children) =>
        "kegiatan" in node
          ? { ...node, kegiatan: children as StructureKegiatan[] }
          : "subKegiatan" in node
            ? { ...node, subKegiatan: children as StructureSubKegiatan[] }
            : node,
      isUnit: (node) => "rekening" in node,
      includes: search === undefined ? undefined : (node) => matchesSearch(node, search),
    },
    page,
  );
  return { data: { ...data, programs: roots as StructureProgram[] }, info };
}
