/**
 * Demo data transcribed from the real "Laporan Kinerja Instansi Pemerintah (LKIP) Dinas Sosial
 * Kabupaten Serang Tahun 2022" (/work/shared/seeds/lkip-dinsos-serang-2022.md).
 *
 * Budget figures are Tabel 3.6 exactly as printed, including the report's own errors (e.g.
 * "Fasilitasi Kunjungan Tamu" realisasi 187.249.714 against a pagu of 20.250.000, program and
 * kegiatan lines that do not equal the sum of their rows, and a "Total Belanja" realisasi that is
 * not the sum of the program lines). Program/kegiatan lines are kept as reportedPagu/reportedRealisasi.
 *
 * Codes follow Kepmendagri 050-5889/2021 where the national number is known; otherwise sub kegiatan
 * are numbered sequentially in the report's order. Recipient lists in the report contain names and
 * NIKs: only their row counts are used here, never personal data.
 */
import { serang2022Narrative } from "./serang-2022-narrative";
import type { DemoIndicator, DemoOpdYear } from "./types";

/** Output of a sub kegiatan as stated in the BAB III narrative; the report gives no target. */
function output(name: string, satuan: string, realisasi: string): DemoIndicator {
  return { name, satuan, polarity: "POSITIF", target: null, realisasi };
}

/** Program indicator: percentage, target from Tabel 2.2 and realisasi from Tabel 3.5. */
function persen(name: string, target: string, realisasi: string): DemoIndicator {
  return { name, satuan: "%", polarity: "POSITIF", target, realisasi };
}

export const serang2022: DemoOpdYear = {
  pemda: {
    code: "3604",
    name: "Kabupaten Serang",
    kind: "KABUPATEN",
    visi: "Terwujudnya Kabupaten Serang yang Semakin Maju, Sejahtera, Berkeadilan dan Agamis",
    // The report names the office ("Bupati: Bupati Serang", Daftar Istilah) but prints no person's name.
    head: { name: null, title: "Bupati Serang" },
  },
  rpjmd: {
    startYear: 2021,
    endYear: 2026,
    misi: [
      {
        number: 1,
        text: "Meningkatkan Perluasan dan Pemerataan Kesempatan Memperoleh Pendidikan dan Layanan Pendidikan Yang Bermutu disetiap Jalur dan Jenjang Pendidikan serta Melestarikan dan Mengembangkan Tradisi Budaya sebagai Kearifan Lokal yang Tumbuh dan Hidup di Tengah Masyarakat.",
      },
      {
        number: 2,
        text: "Meningkatkan Pelayanan Kesehatan yang Bermutu, Merata dan Terjangkau yang didukung oleh Tenaga Kesehatan yang Profesional.",
      },
      {
        number: 3,
        text: "Meningkatkan Pembangunan Sarana Prasarana Wilayah, Penataan Ruang dan Pemukiman yang Memadai dan Berkualitas.",
      },
      {
        number: 4,
        text: "Meningkatkan Kemandirian dan Daya Saing Ekonomi Masyarakat, untuk Optimalisasi Penyerapan Tenaga Kerja dan Penanggulangan Kemiskinan.",
      },
      {
        number: 5,
        text: "Meningkatkan Tata Kelola Pemerintahan yang Baik serta Pelayanan Publik yang Prima didukung Kapasitas Birokrasi yang Berintegritas, Kompeten dan Profesional dengan dilandasi oleh Keadilan dan Kesetaraan Gender.",
      },
      {
        number: 6,
        text: "Memantapkan Fungsi dan Peran Agama sebagai Landasan Moral dan Spiritual dalam Kehidupan Individu, Bermasyarakat dan Bernegara.",
      },
    ],
  },
  opd: {
    slug: "dinsos-serang",
    name: "Dinas Sosial Kabupaten Serang",
    shortName: "Dinsos",
    address: "Jl. Raya Petir - Serang, Curug, Kec. Curug, Kota Serang, Banten 42171",
  },
  bidang: {
    sekretariat: "Sekretariat",
    pemberdayaan: "Bidang Pemberdayaan Sosial",
    rehabilitasi: "Bidang Rehabilitasi Sosial",
    linjamsos: "Bidang Perlindungan dan Jaminan Sosial",
    fakirMiskin: "Bidang Penanganan Fakir Miskin",
  },
  year: 2022,
  renstra: {
    startYear: 2021,
    endYear: 2026,
    misiNumber: 4,
    tujuan: [
      {
        code: "T1",
        text: "Peningkatan Kesejahteraan Masyarakat",
        sasaran: [
          {
            code: "S1.1",
            text: "Meningkatnya Perlindungan dan Pemberdayaan Sosial",
            iku: [
              {
                name: "Persentase PMKS yang Mendapatkan Program Pelayanan Sosial",
                satuan: "%",
                polarity: "POSITIF",
                // Tabel 3.2
                years: [
                  { year: 2021, target: "3", realisasi: "3.85" },
                  { year: 2022, target: "3", realisasi: "3.05" },
                  { year: 2023, target: "3", realisasi: null },
                  { year: 2024, target: "3", realisasi: null },
                  { year: 2025, target: "3", realisasi: null },
                  { year: 2026, target: "3", realisasi: null },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  programs: [
    {
      code: "1.06.01",
      name: "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      bidang: "sekretariat",
      sasaranProgram: "Dukungan Penyelenggaraan Urusan Pemerintah Daerah yang Menjadi Tugas Dinsos",
      indicator: persen(
        "Tingkat Dukungan Penyelenggaraan Urusan Pemerintah Daerah yang Menjadi Tugas Dinsos",
        "100",
        "88",
      ),
      reportedPagu: "7660110718",
      reportedRealisasi: "7381615876",
      kegiatan: [
        {
          code: "1.06.01.2.01",
          name: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
          reportedPagu: "47360082",
          reportedRealisasi: "33228700",
          subKegiatan: [
            {
              code: "1.06.01.2.01.0001",
              name: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
              pagu: "15491300",
              realisasi: "10378900",
              outputs: [],
            },
            {
              code: "1.06.01.2.01.0002",
              name: "Koordinasi dan Penyusunan Dokumen RKA-SKPD",
              pagu: "3795000",
              realisasi: "2610000",
              outputs: [],
            },
            {
              code: "1.06.01.2.01.0003",
              name: "Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD",
              pagu: "2644000",
              realisasi: "2644000",
              outputs: [],
            },
            {
              code: "1.06.01.2.01.0004",
              name: "Koordinasi dan Penyusunan DPA-SKPD",
              pagu: "2644000",
              realisasi: "144000",
              outputs: [],
            },
            {
              code: "1.06.01.2.01.0005",
              name: "Koordinasi dan Penyusunan Perubahan DPA-SKPD",
              pagu: "2644000",
              realisasi: "700000",
              outputs: [],
            },
            {
              code: "1.06.01.2.01.0006",
              name: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
              pagu: "12041800",
              realisasi: "11516800",
              outputs: [],
            },
            {
              code: "1.06.01.2.01.0007",
              name: "Evaluasi Kinerja Perangkat Daerah",
              pagu: "8099982",
              realisasi: "5235000",
              outputs: [],
            },
          ],
        },
        {
          code: "1.06.01.2.02",
          name: "Administrasi Keuangan Perangkat Daerah",
          reportedPagu: "6151100000",
          reportedRealisasi: "6019957517",
          subKegiatan: [
            {
              code: "1.06.01.2.02.0001",
              name: "Penyediaan Gaji dan Tunjangan ASN",
              pagu: "6151100000",
              realisasi: "6019957517",
              outputs: [],
            },
          ],
        },
        {
          code: "1.06.01.2.06",
          name: "Administrasi Umum Perangkat Daerah",
          reportedPagu: "402026740",
          reportedRealisasi: "335133411",
          subKegiatan: [
            {
              code: "1.06.01.2.06.0001",
              name: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
              pagu: "15002000",
              realisasi: "11598000",
              outputs: [],
            },
            {
              code: "1.06.01.2.06.0002",
              name: "Penyediaan Peralatan dan Perlengkapan Kantor",
              pagu: "49258000",
              realisasi: "0", // printed "-"
              outputs: [],
            },
            {
              code: "1.06.01.2.06.0004",
              name: "Penyediaan Bahan Logistik Kantor",
              pagu: "29132540",
              realisasi: "29102000",
              outputs: [],
            },
            {
              code: "1.06.01.2.06.0005",
              name: "Penyediaan Barang Cetakan dan Penggandaan",
              pagu: "49349900",
              realisasi: "48640000",
              outputs: [],
            },
            {
              code: "1.06.01.2.06.0006",
              name: "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan",
              pagu: "7200000",
              realisasi: "10250500", // as printed: exceeds pagu (142,37%)
              outputs: [],
            },
            {
              code: "1.06.01.2.06.0008",
              name: "Fasilitasi Kunjungan Tamu",
              pagu: "20250000",
              realisasi: "187249714", // as printed: exceeds pagu (924,69%)
              outputs: [],
            },
            {
              code: "1.06.01.2.06.0009",
              name: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
              pagu: "231834300",
              realisasi: "218373911",
              outputs: [],
            },
          ],
        },
        {
          code: "1.06.01.2.08",
          name: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
          reportedPagu: "646524396",
          reportedRealisasi: "598906249",
          subKegiatan: [
            {
              code: "1.06.01.2.08.0002",
              name: "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
              pagu: "294053000",
              realisasi: "285511107",
              outputs: [],
            },
            {
              code: "1.06.01.2.08.0004",
              name: "Penyediaan Jasa Pelayanan Umum Kantor",
              pagu: "352471396",
              realisasi: "313395142",
              outputs: [],
            },
          ],
        },
        {
          code: "1.06.01.2.09",
          name: "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah",
          reportedPagu: "413099500",
          reportedRealisasi: "394389999",
          subKegiatan: [
            {
              code: "1.06.01.2.09.0002",
              name: "Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak, dan Perizinan Kendaraan Dinas Operasional atau Lapangan",
              pagu: "213039500",
              realisasi: "200981250",
              outputs: [],
            },
            {
              code: "1.06.01.2.09.0011",
              name: "Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya",
              pagu: "200060000",
              realisasi: "193408749",
              outputs: [],
            },
          ],
        },
      ],
    },
    {
      code: "1.06.02",
      name: "Pemberdayaan Sosial",
      bidang: "pemberdayaan",
      sasaranProgram: "Persentase Pembinaan Tenaga Kesejahteraan Sosial",
      indicator: persen("Persentase Pembinaan Tenaga Kesejahteraan Sosial", "80", "74"),
      reportedPagu: "1893501902",
      reportedRealisasi: "1791431925",
      kegiatan: [
        {
          code: "1.06.02.2.02",
          name: "Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota",
          reportedPagu: "11699000",
          reportedRealisasi: "11240000",
          subKegiatan: [
            {
              code: "1.06.02.2.02.0001",
              name: "Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang",
              pagu: "11699000",
              realisasi: "11240000", // Tabel 3.6; the narrative says 11.699.000
              outputs: [
                output("Izin pengumpulan uang dan barang yang diterbitkan kepada yayasan", "Izin", "1"),
              ],
            },
          ],
        },
        {
          code: "1.06.02.2.03",
          name: "Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota",
          reportedPagu: "1881802902",
          reportedRealisasi: "1780191925",
          subKegiatan: [
            {
              code: "1.06.02.2.03.0001",
              name: "Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota",
              pagu: "24864000",
              realisasi: "24864000",
              outputs: [
                output(
                  "Pekerja Sosial Masyarakat (PSM) yang mengikuti rapat dan bimbingan teknis",
                  "Orang",
                  "50",
                ),
              ],
            },
            {
              code: "1.06.02.2.03.0002",
              name: "Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota",
              pagu: "999340000",
              realisasi: "918096250",
              outputs: [
                output("TKSK yang menerima honorarium (12 kali setahun)", "Orang", "29"),
                output("Kendaraan roda dua yang diberikan kepada TKSK", "Unit", "29"),
              ],
            },
            {
              code: "1.06.02.2.03.0003",
              name: "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota",
              pagu: "33331850",
              realisasi: "30599623",
              // Narrative: coordination and assistance for the PKH distribution, no quantity stated.
              outputs: [],
            },
            {
              code: "1.06.02.2.03.0004",
              name: "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota",
              pagu: "804667052",
              realisasi: "789932052",
              outputs: [
                output(
                  "Lembaga yang mengikuti rapat koordinasi dan sosialisasi (LKKS, Pensosmas, Karang Taruna)",
                  "Lembaga",
                  "3",
                ),
              ],
            },
            {
              code: "1.06.02.2.03.0005",
              name: "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)",
              pagu: "19600000",
              realisasi: "16700000",
              outputs: [output("Petugas LK3 yang mendapat pelatihan", "Orang", "7")],
            },
          ],
        },
      ],
    },
    {
      code: "1.06.03",
      name: "Penanganan Warga Negara Migran Korban Tindak Kekerasan",
      bidang: "linjamsos",
      sasaranProgram: "Meningkatnya Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan",
      indicator: persen(
        "Persentase Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan",
        "100",
        "100",
      ),
      reportedPagu: "2557200",
      reportedRealisasi: "1800000",
      kegiatan: [
        {
          code: "1.06.03.2.01",
          name: "Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk Dipulangkan ke Desa/Kelurahan",
          reportedPagu: "2557200",
          reportedRealisasi: "1800000",
          subKegiatan: [
            {
              code: "1.06.03.2.01.0001",
              name: "Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk Dipulangkan ke Desa/Kelurahan Asal",
              pagu: "2557200",
              realisasi: "1800000",
              outputs: [],
            },
          ],
        },
      ],
    },
    {
      code: "1.06.04",
      name: "Rehabilitasi Sosial",
      bidang: "rehabilitasi",
      sasaranProgram: "Meningkatnya Cakupan Rehabilitasi Sosial",
      indicator: persen("Cakupan Rehabilitasi Sosial", "7.23", "7.13"),
      reportedPagu: "626197152",
      reportedRealisasi: "574602182",
      kegiatan: [
        {
          code: "1.06.04.2.01",
          name: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
          reportedPagu: "501245684",
          reportedRealisasi: "456015214",
          subKegiatan: [
            {
              code: "1.06.04.2.01.0001",
              name: "Penyediaan Permakanan",
              pagu: "82380000",
              realisasi: "65585000", // Tabel 3.6; the narrative misprints "65.58.000"
              outputs: [
                output(
                  "Anak terlantar, lansia terlantar dan penyandang disabilitas penerima bantuan permakanan",
                  "PMKS",
                  "115",
                ),
              ],
            },
            {
              code: "1.06.04.2.01.0002",
              name: "Penyediaan Sandang",
              pagu: "145763000",
              realisasi: "143415000",
              outputs: [output("Anak terlantar penerima bantuan sandang", "PMKS", "300")],
            },
            {
              code: "1.06.04.2.01.0003",
              name: "Penyediaan Alat Bantu",
              pagu: "123250000",
              realisasi: "122812530",
              outputs: [
                output(
                  "Penyandang disabilitas, eks ODGJ dan pemulung penerima alat bantu/UEP warungan",
                  "Orang",
                  "52",
                ),
              ],
            },
            {
              code: "1.06.04.2.01.0004",
              name: "Pemberian Pelayanan Reunifikasi Keluarga",
              pagu: "2875000",
              realisasi: "1150000",
              // 5 rows in the recipient list (gepeng, balita and bayi terlantar)
              outputs: [output("PMKS yang mendapat pelayanan reunifikasi keluarga", "PMKS", "5")],
            },
            {
              code: "1.06.04.2.01.0005",
              name: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
              pagu: "57917684",
              realisasi: "50292684",
              outputs: [
                output(
                  "Penyandang disabilitas dan anak terlantar yang mendapat bimbingan fisik, mental, spiritual dan sosial",
                  "PMKS",
                  "80",
                ),
              ],
            },
            {
              code: "1.06.04.2.01.0006",
              name: "Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat",
              pagu: "72210000",
              realisasi: "61960000",
              outputs: [output("PMKS yang mendapat fasilitasi bimbingan sosial", "PMKS", "135")],
            },
            {
              code: "1.06.04.2.01.0007",
              name: "Pemberian Layanan Kedaruratan",
              pagu: "4750000",
              realisasi: "1500000",
              // 5 rows in the list of balita/bayi terlantar
              outputs: [output("Anak terlantar yang mendapat layanan kedaruratan", "Orang", "5")],
            },
            {
              code: "1.06.04.2.01.0008",
              name: "Pemberian Pelayanan Penelusuran Keluarga",
              pagu: "2675000",
              realisasi: "1975000",
              // 5 rows in the recipient list
              outputs: [
                output(
                  "Gelandangan pengemis dan bayi terlantar yang mendapat layanan penelusuran keluarga",
                  "PMKS",
                  "5",
                ),
              ],
            },
            {
              code: "1.06.04.2.01.0009",
              name: "Pemberian Layanan Rujukan",
              pagu: "2925000",
              realisasi: "925000",
              // 14 rows in the referral list
              outputs: [output("PMKS yang dirujuk ke lembaga/sentra rehabilitasi", "PMKS", "14")],
            },
            {
              code: "1.06.04.2.01.0010",
              name: "Pemberian Layanan Data dan Pengaduan",
              pagu: "6500000",
              realisasi: "6400000",
              // 17 rows in the list of complaints monitored
              outputs: [
                output("Pengaduan PMKS yang ditindaklanjuti dengan monitoring data", "Pengaduan", "17"),
              ],
            },
          ],
        },
        {
          code: "1.06.04.2.02",
          name: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
          reportedPagu: "124951468",
          reportedRealisasi: "118586968",
          subKegiatan: [
            {
              code: "1.06.04.2.02.0001",
              name: "Pemberian Layanan Kedaruratan",
              pagu: "850000",
              realisasi: "150000",
              outputs: [
                output("Anak yang memerlukan perlindungan khusus penerima bantuan kedaruratan", "Orang", "1"),
              ],
            },
            {
              code: "1.06.04.2.02.0002",
              name: "Penyediaan Permakanan",
              pagu: "3000000",
              realisasi: "3000000",
              outputs: [output("Petugas RPS penerima uang makan (luncheon)", "Orang", "2")],
            },
            {
              code: "1.06.04.2.02.0003",
              name: "Penyediaan Sandang",
              pagu: "500000",
              realisasi: "0", // printed blank
              outputs: [],
            },
            {
              code: "1.06.04.2.02.0004",
              name: "Penyediaan Alat Bantu",
              pagu: "52000000",
              realisasi: "51993500",
              // 13 rows in the recipient list
              outputs: [output("PMKS penerima bantuan alat bantu", "Orang", "13")],
            },
            {
              code: "1.06.04.2.02.0005",
              name: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
              pagu: "11341100",
              realisasi: "10528100",
              // 37 rows in the list of children (ABH/AMPK)
              outputs: [
                output(
                  "Anak berhadapan dengan hukum dan anak memerlukan perlindungan khusus yang mendapat bimbingan",
                  "Orang",
                  "37",
                ),
              ],
            },
            {
              code: "1.06.04.2.02.0006",
              name: "Pemberian Bimbingan Sosial kepada Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
              pagu: "4775000",
              realisasi: "4025000",
              // 12 rows in the recipient list
              outputs: [output("Penerima manfaat bimbingan sosial (ABH)", "Orang", "12")],
            },
            {
              code: "1.06.04.2.02.0007",
              name: "Pemberian Pelayanan Penelusuran Keluarga",
              pagu: "550000",
              realisasi: "275000",
              outputs: [output("PMKS yang ditelusuri keluarganya", "PMKS", "3")],
            },
            {
              code: "1.06.04.2.02.0008",
              name: "Pemberian Pelayanan Reunifikasi Keluarga",
              pagu: "500000",
              realisasi: "0", // printed "-"
              outputs: [],
            },
            {
              code: "1.06.04.2.02.0009",
              name: "Pemberian Layanan Rujukan",
              pagu: "51435368",
              realisasi: "48615368",
              outputs: [output("Petugas RPS penerima honorarium selama 12 bulan", "Orang", "2")],
            },
          ],
        },
      ],
    },
    {
      code: "1.06.05",
      name: "Perlindungan dan Jaminan Sosial",
      bidang: "fakirMiskin",
      sasaranProgram:
        "Meningkatnya Perlindungan dan Jaminan Sosial bagi Fakir Miskin dan Validasi Data Fakir Miskin",
      indicator: persen("Persentase Fakir Miskin yang Mendapatkan Jaminan Sosial", "0.08", "0.06"),
      reportedPagu: "6819472636",
      reportedRealisasi: "6807190312",
      kegiatan: [
        {
          code: "1.06.05.2.02",
          name: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
          reportedPagu: "6819472636",
          reportedRealisasi: "6807190312",
          subKegiatan: [
            {
              code: "1.06.05.2.02.0002",
              name: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
              pagu: "161262736",
              realisasi: "160195736",
              // Narrative: socialisation of data updating, no quantity stated.
              outputs: [],
            },
            {
              code: "1.06.05.2.02.0003",
              name: "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga",
              pagu: "6082034900",
              realisasi: "6073352900", // printed "6,073.352.900"
              outputs: [output("Penerima bantuan sosial (BBM) dari APBD Kabupaten Serang", "Jiwa", "9623")],
            },
            {
              code: "1.06.05.2.02.0004",
              name: "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat",
              pagu: "576175000",
              realisasi: "573641676",
              outputs: [
                output("Kelompok Usaha Bersama (KUBE) penerima bantuan", "Kelompok", "28"),
                output("Anggota KUBE penerima bantuan", "Orang", "140"),
                output(
                  "Perempuan Rawan Sosial Ekonomi penerima bantuan Usaha Ekonomi Produktif (UEP)",
                  "Orang",
                  "40",
                ),
              ],
            },
          ],
        },
      ],
    },
    {
      code: "1.06.06",
      name: "Penanganan Bencana",
      bidang: "linjamsos",
      sasaranProgram: "Meningkatnya Kualitas Pemberian Bantuan bagi Korban Bencana Alam/Sosial",
      indicator: persen(
        "Persentase Korban Bencana yang Menerima Bantuan Sosial selama Masa Tanggap Darurat",
        "100",
        "99.82",
      ),
      reportedPagu: "598028500",
      reportedRealisasi: "539545080",
      kegiatan: [
        {
          code: "1.06.06.2.01",
          name: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
          reportedPagu: "558879700",
          reportedRealisasi: "504401080",
          subKegiatan: [
            {
              code: "1.06.06.2.01.0001",
              name: "Penyediaan Makanan",
              pagu: "458809700",
              realisasi: "405334000",
              outputs: [output("Korban bencana penerima bantuan permakanan (buffer stock)", "Jiwa", "9380")],
            },
            {
              code: "1.06.06.2.01.0002",
              name: "Penyediaan Sandang",
              pagu: "100070000",
              realisasi: "99067080",
              outputs: [output("Korban bencana penerima bantuan sandang", "Jiwa", "133")],
            },
          ],
        },
        {
          code: "1.06.06.2.02",
          name: "Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota",
          reportedPagu: "39148800",
          reportedRealisasi: "35144000",
          subKegiatan: [
            {
              code: "1.06.06.2.02.0001",
              name: "Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana",
              pagu: "23416000",
              realisasi: "23416000",
              outputs: [
                output(
                  "Peserta rapat koordinasi Kampung Siaga Bencana (Kecamatan Anyer dan Cinangka)",
                  "Orang",
                  "120",
                ),
              ],
            },
            {
              code: "1.06.06.2.02.0002",
              name: "Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana",
              pagu: "15732800",
              realisasi: "11728000",
              outputs: [output("Petugas Tagana peserta rapat koordinasi", "Orang", "60")],
            },
          ],
        },
      ],
    },
    {
      code: "1.06.07",
      name: "Pengelolaan Taman Makam Pahlawan",
      bidang: "pemberdayaan",
      sasaranProgram: "Meningkatnya Kondisi yang Lebih Baik Taman Makam Pahlawan",
      indicator: persen("Persentase Taman Makam Pahlawan Kondisi Baik", "100", "100"),
      reportedPagu: "54589278",
      reportedRealisasi: "54536778",
      kegiatan: [
        {
          code: "1.06.07.2.01",
          name: "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
          reportedPagu: "54589278",
          reportedRealisasi: "54536778",
          subKegiatan: [
            {
              code: "1.06.07.2.01.0001",
              name: "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota",
              pagu: "27589278",
              realisasi: "27536778",
              outputs: [
                output("Tugu perjuangan yang dipelihara (Pabuaran, Padarincang, Anyer)", "Tugu", "3"),
                output("Janda perintis kemerdekaan penerima bantuan jaminan hidup", "Orang", "1"),
              ],
            },
            {
              code: "1.06.07.2.01.0002",
              name: "Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota",
              pagu: "27000000",
              realisasi: "27000000",
              outputs: [output("Makam pahlawan nasional yang dijaga", "Makam", "2")],
            },
          ],
        },
      ],
    },
  ],
  reportedTotal: { pagu: "17654457386", realisasi: "17062822153" },
  perjanjianKinerja: {
    signerName: "Drs. SUBUR PRIANTO, M.Si",
    signerNip: "19721023 199203 1 002",
    signerTitle: "Kepala Dinas Sosial Kabupaten Serang",
    counterpartTitle: "Bupati Serang",
  },
  // "Serang, Januari 2023" under the Kata Pengantar: the report gives the month only; the last day of it
  // stands for "Januari 2023".
  signing: { place: "Serang", date: "2023-01-31" },
  accounts: [
    { email: "admin.serang@sakip.demo", name: "Admin Kabupaten Serang", role: "ADMIN" },
    { email: "kepala.dinsos@sakip.demo", name: "Drs. Subur Prianto, M.Si", role: "KEPALA" },
    { email: "perencana.dinsos@sakip.demo", name: "Perencana Sekretariat", role: "PERENCANA" },
    {
      email: "perencana.rehsos@sakip.demo",
      name: "Perencana Rehabilitasi Sosial",
      role: "PERENCANA",
      bidang: "rehabilitasi",
    },
    {
      email: "perencana.linjamsos@sakip.demo",
      name: "Perencana Linjamsos",
      role: "PERENCANA",
      bidang: "linjamsos",
    },
    {
      email: "inspektorat.serang@sakip.demo",
      name: "Auditor Inspektorat Kabupaten Serang",
      role: "INSPEKTORAT",
    },
  ],
  narrative: serang2022Narrative,
};
