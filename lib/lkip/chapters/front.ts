import { formatDateLong } from "@/lib/format";
import { placeOf } from "@/lib/pk/perjanjian-kinerja-text";
import type { LkipChapter, LkipSignature } from "../document-model";
import type { LkipInput } from "../lkip-input";
import { heading, narrativeBlocks, type ChapterContext } from "./blocks";

/** A line to sign over where a name is not recorded: the document never says "belum diisi". */
export const BLANK_NAME = "( .................................... )";

/**
 * The head of the OPD as signatory (name and NIP from the Perjanjian Kinerja), at the place and on the
 * date of signing the report records; without a date the line is left to be dated by hand.
 */
export function headSignature(input: LkipInput): LkipSignature {
  const pk = input.perjanjianKinerja?.record;
  const place = input.signing.place ?? placeOf(input.pemda.name);
  return {
    place,
    date: input.signing.date ? formatDateLong(input.signing.date) : "......................",
    title: pk?.signerTitle ?? `Kepala ${input.opd.name}`,
    name: pk?.signerName ?? BLANK_NAME,
    nip: pk?.signerNip ? `NIP. ${pk.signerNip}` : undefined,
  };
}

export function cover(input: LkipInput): LkipChapter {
  return {
    id: "sampul",
    title: "Sampul",
    kind: "COVER",
    blocks: [
      {
        kind: "cover",
        lines: ["LAPORAN KINERJA", "INSTANSI PEMERINTAH", `TAHUN ${input.year}`],
        subtitle: [
          input.opd.name.toUpperCase(),
          `PEMERINTAH ${input.pemda.name.toUpperCase()}`,
          ...(input.opd.address ? [input.opd.address] : []),
          ...(input.illustrative ? ["DATA CONTOH — ilustrasi, bukan data resmi"] : []),
        ],
        logo: input.pemda.logo,
      },
    ],
  };
}

export function kataPengantar(input: LkipInput, context: ChapterContext): LkipChapter {
  return {
    id: "kata-pengantar",
    title: "Kata Pengantar",
    kind: "FRONT",
    blocks: [
      heading("kata-pengantar", 1, "KATA PENGANTAR"),
      ...narrativeBlocks(input, context, "KATA_PENGANTAR"),
      { kind: "signatures", signatures: [headSignature(input)] },
    ],
  };
}

export function daftarIsi(): LkipChapter[] {
  return [
    {
      id: "daftar-isi",
      title: "Daftar Isi",
      kind: "FRONT",
      blocks: [heading("daftar-isi", 1, "DAFTAR ISI"), { kind: "contents" }],
    },
    {
      id: "daftar-tabel",
      title: "Daftar Tabel",
      kind: "FRONT",
      blocks: [heading("daftar-tabel", 1, "DAFTAR TABEL, GRAFIK DAN GAMBAR"), { kind: "tableList" }],
    },
  ];
}

/** The Ikhtisar Eksekutif: its text (or draft), then the main problems and the steps taken. */
export function ikhtisarEksekutif(input: LkipInput, context: ChapterContext): LkipChapter {
  const kendala = narrativeBlocks(input, context, "KENDALA");
  const solusi = narrativeBlocks(input, context, "SOLUSI");
  return {
    id: "ikhtisar-eksekutif",
    title: "Ikhtisar Eksekutif",
    kind: "FRONT",
    blocks: [
      heading("ikhtisar-eksekutif", 1, "IKHTISAR EKSEKUTIF"),
      ...narrativeBlocks(input, context, "IKHTISAR_EKSEKUTIF"),
      ...(kendala.length > 0 ? [heading("ikhtisar-kendala", 3, "Kendala utama"), ...kendala] : []),
      ...(solusi.length > 0 ? [heading("ikhtisar-solusi", 3, "Langkah pemecahan masalah"), ...solusi] : []),
    ],
  };
}
