import Decimal from "decimal.js";
import { formatDateTime, formatFigure, formatNumber, formatRupiah } from "@/lib/format";
import {
  aggregationLabel,
  calculationLabel,
  laporanStatusLabel,
  levelTitle,
  narrativeSectionLabel,
  polarityLabel,
  reportPeriodLabel,
  reviewNoteStatusLabel,
  roleLabel,
  targetRevisionKindLabel,
} from "@/lib/vocabulary";

/** What the audit trail calls each use case (keyed by mutation name). */
export const auditActionLabel: Record<string, string> = {
  "account.changePassword": "Ganti kata sandi",
  "laporan.transition": "Ubah status LKIP",
  "laporan.startYear": "Mulai tahun anggaran",
  "perjanjianKinerja.sign": "Tanda tangan Perjanjian Kinerja",
  "targetRevision.record": "Catat revisi target",
  "realisasiAnggaran.save": "Simpan realisasi anggaran",
  "realisasiGrid.save": "Simpan isian triwulan",
  "realisasiGrid.delete": "Hapus isian triwulan",
  "rencanaAksi.save": "Simpan rencana aksi",
  "reviewNote.create": "Catatan reviu",
  "reviewNote.reply": "Balas catatan reviu",
  "reviewNote.status": "Ubah status catatan reviu",
  "notification.read": "Tandai notifikasi dibaca",
  "settings.update": "Ubah pengaturan perhitungan",
  "user.create": "Tambah pengguna",
  "user.update": "Ubah pengguna",
  "user.setActive": "Aktif/nonaktifkan pengguna",
  "user.resetPassword": "Atur ulang kata sandi",
  "session.end": "Akhiri sesi",
  "session.endAllOfUser": "Akhiri semua sesi pengguna",
  "opd.create": "Tambah perangkat daerah",
  "bidang.create": "Tambah bidang",
  "program.save": "Simpan program",
  "kegiatan.save": "Simpan kegiatan",
  "subKegiatan.save": "Simpan sub kegiatan",
  "rekening.save": "Simpan rekening belanja",
  "renstra.save": "Simpan Renstra",
  "structure.delete": "Hapus dari struktur",
  "structure.copyYear": "Salin struktur ke tahun baru",
  "indikator.save": "Simpan indikator",
  "targetIndikator.save": "Simpan target indikator",
  "narrative.save": "Simpan narasi",
  "xlsx.import": "Impor Excel",
  "dayaDukung.save": "Simpan daya dukung",
  "paguIndikatif.save": "Simpan pagu indikatif",
  "signing.save": "Simpan tempat dan tanggal penandatanganan",
  "attachment.upload": "Unggah gambar",
  "attachment.delete": "Hapus gambar",
  "bukti.upload": "Unggah bukti dukung",
  "bukti.delete": "Hapus bukti dukung",
  "pemdaHead.save": "Simpan kepala daerah",
  "pemdaLogo.upload": "Unggah logo pemerintah daerah",
  "lke.answer": "Jawab kriteria LKE",
  "lke.score": "Nilai kriteria LKE",
  "lkeKriteria.save": "Simpan kriteria LKE",
  "lkeReference.copy": "Muat kriteria LKE PermenPAN-RB 88/2021",
};

/** What each audited table is called. */
export const auditEntityLabel: Record<string, string> = {
  LaporanKinerja: "LKIP",
  PerjanjianKinerja: "Perjanjian Kinerja",
  TargetRevision: "Dokumen revisi target",
  Program: levelTitle("PROGRAM"),
  Kegiatan: levelTitle("KEGIATAN"),
  SubKegiatan: levelTitle("SUB_KEGIATAN"),
  RekeningBelanja: levelTitle("REKENING"),
  Indikator: levelTitle("INDIKATOR"),
  Narrative: "Narasi",
  NarrativeSection: "Bagian LKIP",
  ReviewNote: "Catatan reviu",
  Tujuan: `${levelTitle("TUJUAN")} Renstra`,
  Sasaran: `${levelTitle("SASARAN")} Renstra`,
  User: "Pengguna",
  PerangkatDaerah: levelTitle("OPD"),
  Bidang: "Bidang",
  Pemda: levelTitle("PEMDA"),
  Attachment: "Gambar",
  BuktiDukung: "Bukti dukung",
  DayaDukung: "Daya dukung",
  PaguIndikatif: "Pagu indikatif",
  LkeJawaban: "Jawaban LKE",
  LkeKriteria: "Kriteria LKE",
};

const fieldLabel: Record<string, string> = {
  fileName: "Nama berkas",
  supports: "Bukti untuk",
  mimeType: "Jenis berkas",
  size: "Ukuran (bita)",
  sha256: "SHA-256",
  status: "Status",
  period: "Periode",
  amount: "Realisasi",
  rencanaDana: "Rencana penarikan dana",
  rencanaTarget: "Rencana target",
  value: "Realisasi",
  numerator: "Pembilang",
  denominator: "Penyebut",
  code: "Kode",
  name: "Nama",
  text: "Uraian",
  bidangId: "Bidang",
  bidangIds: "Dibatasi ke bidang",
  opdId: "Perangkat daerah",
  sasaranId: "Sasaran",
  misiId: "Misi",
  sasaranProgram: "Sasaran program",
  paguAwal: "Pagu awal",
  paguPerubahan: "Pagu perubahan",
  reportedPagu: "Pagu menurut dokumen",
  reportedRealisasi: "Realisasi menurut dokumen",
  year: "Tahun",
  fromYear: "Dari tahun",
  toYear: "Ke tahun",
  includePagu: "Pagu awal disalin",
  target: "Target",
  targetUpper: "Batas atas target",
  targetPerubahan: "Target perubahan",
  targetUpperPerubahan: "Batas atas target perubahan",
  targetRenstra: "Target Renstra",
  perubahanReason: "Alasan perubahan",
  satuan: "Satuan",
  polarity: "Polaritas",
  calculation: "Cara hitung",
  aggregation: "Agregasi triwulan",
  numeratorLabel: "Nama pembilang",
  denominatorLabel: "Nama penyebut",
  isIku: "IKU",
  section: "Bagian",
  body: "Isi",
  note: "Catatan",
  reply: "Balasan",
  noteStatus: "Status catatan",
  signedAt: "Ditandatangani",
  kind: "Jenis dokumen",
  nomor: "Nomor dokumen",
  tanggal: "Tanggal dokumen",
  berlakuMulai: "Berlaku mulai",
  email: "Email",
  role: "Peran",
  active: "Aktif",
  mustChangePassword: "Wajib ganti kata sandi",
  sesiDiakhiri: "Sesi diakhiri",
  sesiDari: "Sesi sejak",
  diakhiri: "Diakhiri",
  slug: "Slug",
  shortName: "Singkatan",
  level: "Tingkat",
  indikator: "Indikator",
  program: "Jumlah program",
  kegiatan: "Jumlah kegiatan",
  subKegiatan: "Jumlah sub kegiatan",
  rekening: "Jumlah rekening",
  answer: "Jawaban",
  explanation: "Penjelasan",
  score: "Nilai evaluator",
  scoreNote: "Catatan evaluator",
  scale: "Skala jawaban",
  lkeKriteria: "Kriteria LKE ditambahkan",
  sumber: "Sumber",
};

const MONEY = new Set([
  "amount",
  "rencanaDana",
  "paguAwal",
  "paguPerubahan",
  "reportedPagu",
  "reportedRealisasi",
]);
const FIGURES = new Set([
  "value",
  "rencanaTarget",
  "numerator",
  "denominator",
  "target",
  "targetUpper",
  "targetPerubahan",
  "targetUpperPerubahan",
  "targetRenstra",
]);
const COUNTS = new Set(["program", "kegiatan", "subKegiatan", "rekening", "sesiDiakhiri", "lkeKriteria"]);
const IDS = new Set(["bidangId", "bidangIds", "opdId", "sasaranId", "misiId", "tujuanId"]);
const MOMENTS = new Set(["signedAt", "sesiDari", "diakhiri"]);
const CHOICES: Record<string, Record<string, string>> = {
  status: laporanStatusLabel,
  period: reportPeriodLabel,
  role: roleLabel,
  kind: targetRevisionKindLabel,
  polarity: polarityLabel,
  calculation: calculationLabel,
  aggregation: aggregationLabel,
  section: narrativeSectionLabel,
  noteStatus: reviewNoteStatusLabel,
  scale: { YA_TIDAK: "Y/T", A_E: "A–E" },
};

/** A value as the trail shows it; `number` is set for amounts and figures (a spreadsheet keeps them numeric). */
export type AuditValue = { text: string; number?: number; kind: "money" | "figure" | "text" };

export type AuditChange = { field: string; label: string; old: AuditValue | null; new: AuditValue | null };

/** Names for the ids an entry holds (users, bidang, OPDs, sasaran …), resolved by the loader. */
export type AuditNames = ReadonlyMap<string, string>;

const asDecimal = (value: unknown) => {
  try {
    return new Decimal(String(value));
  } catch {
    return null;
  }
};

function describeValue(field: string, value: unknown, names: AuditNames): AuditValue | null {
  if (value === null || value === undefined || value === "") return null;
  const text = (t: string): AuditValue => ({ text: t, kind: "text" });
  if (MONEY.has(field) || FIGURES.has(field)) {
    const d = asDecimal(value);
    if (d) {
      const kind = MONEY.has(field) ? "money" : "figure";
      return { text: kind === "money" ? formatRupiah(d) : formatFigure(d), number: d.toNumber(), kind };
    }
  }
  if (COUNTS.has(field) && typeof value === "number") return text(formatNumber(new Decimal(value), 0));
  if (IDS.has(field)) {
    const ids = Array.isArray(value) ? value.map(String) : [String(value)];
    return ids.length === 0
      ? text("—")
      : text(ids.map((id) => names.get(id) ?? "(tidak ditemukan)").join(", "));
  }
  if (MOMENTS.has(field)) {
    const date = new Date(String(value));
    if (!Number.isNaN(date.getTime())) return text(`${formatDateTime(date)} WIB`);
  }
  const choice = CHOICES[field]?.[String(value)];
  if (choice) return text(choice);
  if (typeof value === "boolean") return text(value ? "Ya" : "Tidak");
  if (typeof value === "string" || typeof value === "number") return text(String(value));
  if (Array.isArray(value))
    return text(value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(", "));
  return text(
    Object.entries(value as Record<string, unknown>)
      .map(
        ([key, v]) => `${fieldLabel[key] ?? key}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`,
      )
      .join("; "),
  );
}

const asRecord = (values: unknown): Record<string, unknown> =>
  values !== null && typeof values === "object" && !Array.isArray(values)
    ? (values as Record<string, unknown>)
    : {};

/**
 * An entry's old → new values field by field, in Indonesian formats: fields that changed (or were set
 * or cleared), and first the fields that name the context without changing (the period of a realisasi).
 */
export function describeChanges(oldValues: unknown, newValues: unknown, names: AuditNames): AuditChange[] {
  const before = asRecord(oldValues);
  const after = asRecord(newValues);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = fields.map((field) => ({
    field,
    label: fieldLabel[field] ?? field,
    old: describeValue(field, before[field], names),
    new: describeValue(field, after[field], names),
  }));
  const unchanged = (row: AuditChange) =>
    row.field in before && row.field in after && row.old !== null && row.old.text === row.new?.text;
  return [...rows.filter(unchanged), ...rows.filter((row) => !unchanged(row))];
}

/** Whether a described field only names the context (same before and after). */
export const isContext = (change: AuditChange) => change.old !== null && change.old.text === change.new?.text;
