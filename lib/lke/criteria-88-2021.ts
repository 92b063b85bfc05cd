import type { LkeScale } from "@/lib/generated/prisma/enums";

/**
 * The Lembar Kerja Evaluasi of PermenPAN-RB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah):
 * the four components with their weights and the criteria of each sub component, in the regulation's
 * words. Every Pemda starts from a copy (`LkeKomponen`, `LkeKriteria`) and may adjust it.
 *
 * Answer scale (our reading, written down in docs/lke.md): the criteria of keberadaan ask whether a thing
 * exists and are answered Y/T; those of kualitas and pemanfaatan ask how well and are answered on A–E.
 */
export const lkeKomponen88 = [
  { number: 1, name: "Perencanaan Kinerja", weight: "30" },
  { number: 2, name: "Pengukuran Kinerja", weight: "30" },
  { number: 3, name: "Pelaporan Kinerja", weight: "15" },
  { number: 4, name: "Evaluasi Akuntabilitas Kinerja Internal", weight: "25" },
] as const;

/** The criteria per component (1–4) and sub component (a keberadaan, b kualitas, c pemanfaatan). */
const criteriaText: Record<number, Record<"a" | "b" | "c", readonly string[]>> = {
  1: {
    a: [
      "Terdapat pedoman teknis perencanaan kinerja.",
      "Terdapat dokumen perencanaan kinerja jangka panjang.",
      "Terdapat dokumen perencanaan kinerja jangka menengah.",
      "Terdapat dokumen perencanaan kinerja jangka pendek.",
      "Terdapat dokumen perencanaan aktivitas yang mendukung kinerja.",
      "Terdapat dokumen perencanaan anggaran yang mendukung kinerja.",
      "Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja.",
    ],
    b: [
      "Dokumen Perencanaan Kinerja telah diformalkan.",
      "Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu.",
      "Dokumen Perencanaan Kinerja telah menggambarkan Kebutuhan atas Kinerja sebenarnya yang perlu dicapai.",
      "Kualitas Rumusan Hasil (Tujuan/Sasaran) telah jelas menggambarkan kondisi kinerja yang akan dicapai.",
      "Ukuran Keberhasilan (Indikator Kinerja) telah memenuhi kriteria SMART.",
      "Indikator Kinerja Utama (IKU) telah menggambarkan kondisi Kinerja Utama yang harus dicapai, tertuang secara berkelanjutan (sustainable - tidak sering diganti dalam 1 periode Perencanaan Strategis).",
      "Target yang ditetapkan dalam Perencanaan Kinerja dapat dicapai (achievable), menantang, dan realistis.",
      "Setiap Dokumen Perencanaan Kinerja menggambarkan hubungan yang berkesinambungan, serta selaras antara Kondisi/Hasil yang akan dicapai di setiap level jabatan (Cascading).",
      "Perencanaan kinerja dapat memberikan informasi tentang hubungan kinerja, strategi, kebijakan, bahkan aktivitas antar bidang/dengan tugas dan fungsi lain yang berkaitan (Crosscutting).",
      "Setiap pegawai merumuskan dan menetapkan Perencanaan Kinerja.",
    ],
    c: [
      "Anggaran yang ditetapkan telah mengacu pada Kinerja yang ingin dicapai.",
      "Aktivitas yang dilaksanakan telah mendukung Kinerja yang ingin dicapai.",
      "Target yang ditetapkan dalam Perencanaan Kinerja telah dicapai dengan baik, atau setidaknya masih on the right track.",
      "Rencana aksi kinerja dapat berjalan dinamis karena capaian kinerja selalu dipantau secara berkala.",
      "Terdapat perbaikan/penyempurnaan Dokumen Perencanaan Kinerja yang ditetapkan dari hasil analisis perbaikan kinerja sebelumnya.",
      "Terdapat perbaikan/penyempurnaan Dokumen Perencanaan Kinerja dalam mewujudkan kondisi/hasil yang lebih baik.",
      "Setiap unit/satuan kerja memahami dan peduli, serta berkomitmen dalam mencapai kinerja yang telah direncanakan.",
      "Setiap Pegawai memahami dan peduli, serta berkomitmen dalam mencapai kinerja yang telah direncanakan.",
    ],
  },
  2: {
    a: [
      "Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja.",
      "Terdapat Definisi Operasional yang jelas atas kinerja dan cara mengukur indikator kinerja.",
      "Terdapat mekanisme yang jelas terhadap pengumpulan data kinerja yang dapat diandalkan.",
    ],
    b: [
      "Pimpinan selalu terlibat sebagai pengambil keputusan (Decision Maker) dalam mengukur capaian kinerja.",
      "Data kinerja yang dikumpulkan telah relevan untuk mengukur capaian kinerja yang diharapkan.",
      "Data kinerja yang dikumpulkan telah mendukung capaian kinerja yang diharapkan.",
      "Pengukuran kinerja telah dilakukan secara berkala.",
      "Setiap level organisasi melakukan pemantauan atas pengukuran capaian kinerja unit dibawahnya secara berjenjang.",
      "Pengumpulan data kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).",
      "Pengukuran capaian kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).",
    ],
    c: [
      "Pengukuran Kinerja telah menjadi dasar dalam penyesuaian (pemberian/pengurangan) tunjangan kinerja/penghasilan.",
      "Pengukuran Kinerja telah menjadi dasar dalam penempatan/penghapusan Jabatan baik struktural maupun fungsional.",
      "Pengukuran kinerja telah mempengaruhi penyesuaian (Refocusing) Organisasi.",
      "Pengukuran kinerja telah mempengaruhi penyesuaian Strategi dalam mencapai kinerja.",
      "Pengukuran kinerja telah mempengaruhi penyesuaian Kebijakan dalam mencapai kinerja.",
      "Pengukuran kinerja telah mempengaruhi penyesuaian Aktivitas dalam mencapai kinerja.",
      "Pengukuran kinerja telah mempengaruhi penyesuaian Anggaran dalam mencapai kinerja.",
      "Terdapat efisiensi atas penggunaan anggaran dalam mencapai kinerja.",
      "Setiap unit/satuan kerja memahami dan peduli atas hasil pengukuran kinerja.",
      "Setiap pegawai memahami dan peduli atas hasil pengukuran kinerja.",
    ],
  },
  3: {
    a: [
      "Dokumen Laporan Kinerja telah disusun.",
      "Dokumen Laporan Kinerja telah disusun secara berkala.",
      "Dokumen Laporan Kinerja telah diformalkan.",
      "Dokumen Laporan Kinerja telah direviu.",
      "Dokumen Laporan Kinerja telah dipublikasikan.",
      "Dokumen Laporan Kinerja telah disampaikan tepat waktu.",
    ],
    b: [
      "Dokumen Laporan Kinerja disusun secara berkualitas sesuai dengan standar.",
      "Dokumen Laporan Kinerja telah mengungkap seluruh informasi tentang pencapaian kinerja.",
      "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan target tahunan.",
      "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan target jangka menengah.",
      "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan realisasi kinerja tahun-tahun sebelumnya.",
      "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja di level nasional/internasional (Benchmark Kinerja).",
      "Dokumen Laporan Kinerja telah menginfokan kualitas atas capaian kinerja beserta upaya nyata dan/atau hambatannya.",
      "Dokumen Laporan Kinerja telah menginfokan efisiensi atas penggunaan sumber daya dalam mencapai kinerja.",
      "Dokumen Laporan Kinerja telah menginfokan upaya perbaikan dan penyempurnaan kinerja ke depan (Rekomendasi perbaikan kinerja).",
    ],
    c: [
      "Informasi dalam laporan kinerja selalu menjadi perhatian utama pimpinan (Bertanggung Jawab).",
      "Penyajian informasi dalam laporan kinerja menjadi kepedulian seluruh pegawai.",
      "Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian aktivitas untuk mencapai kinerja.",
      "Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian penggunaan anggaran untuk mencapai kinerja.",
      "Informasi dalam laporan kinerja telah digunakan dalam evaluasi pencapaian keberhasilan kinerja.",
      "Informasi dalam laporan kinerja telah digunakan dalam penyesuaian perencanaan kinerja yang akan dihadapi berikutnya.",
      "Informasi dalam laporan kinerja selalu mempengaruhi perubahan budaya kinerja organisasi.",
    ],
  },
  4: {
    a: [
      "Terdapat pedoman teknis Evaluasi Akuntabilitas Kinerja Internal.",
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.",
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang.",
    ],
    b: [
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar.",
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan oleh SDM yang memadai.",
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan dengan pendalaman yang memadai.",
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.",
      "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan menggunakan Teknologi Informasi (Aplikasi).",
    ],
    c: [
      "Seluruh rekomendasi atas hasil evaluasi Akuntabilitas Kinerja Internal telah ditindaklanjuti.",
      "Telah terjadi peningkatan implementasi SAKIP dengan melaksanakan tindak lanjut atas rekomendasi hasil evaluasi Akuntabilitas Kinerja Internal.",
      "Hasil Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan untuk perbaikan dan peningkatan akuntabilitas kinerja.",
      "Hasil dari Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan dalam mendukung efektifitas dan efisiensi kinerja.",
      "Telah terjadi perbaikan dan peningkatan kinerja dengan memanfaatkan hasil evaluasi Akuntabilitas Kinerja Internal.",
    ],
  },
};

export const lkeKriteria88: readonly { code: string; text: string; scale: LkeScale }[] = Object.entries(
  criteriaText,
).flatMap(([component, subs]) =>
  (["a", "b", "c"] as const).flatMap((sub) =>
    subs[sub].map((text, index) => ({
      code: `${component}.${sub}.${index + 1}`,
      text,
      scale: sub === "a" ? ("YA_TIDAK" as const) : ("A_E" as const),
    })),
  ),
);
