import type { DemoNarrative } from "./types";

/*
 * The Serang 2022 LKIP's own text, section by section, with every rupiah amount, percentage and count of
 * kegiatan it states replaced by a figure token, so the generated report prints the figures computed from
 * the stored leaves (the report's typed figures contradict its own tables in places: "Rp. 65.58.000",
 * realisasi Rp 11.699.000 against 11.240.000, "capaiannya 50 %" for Layanan Rujukan at 94,52 %).
 * Obvious typos are fixed ("PERENCANAA", "Straregis", "Peraturan Bupati Serang Kabupaten Serang",
 * "LKIP … Tahun 2021" in the 2022 report's sistematika). Beneficiary tables are left out: the narrative has
 * no tables, and several list names and NIK (personal data, UU 27/2022); their totals stay in the text.
 * The report has no Ikhtisar Eksekutif and no separate analysis of causes: those two are put together from
 * its own sentences (Kata Pengantar, BAB III, Isu Strategis, Rekomendasi).
 */

const paragraphs = (...parts: string[]) => parts.join("\n\n");

const kataPengantar = paragraphs(
  "Puji syukur kami panjatkan kehadiran Tuhan Yang Maha Esa, karena dengan rahmat, karunia, serta taufik dan hidayahNya kami dapat menyelesaikan Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Dinas Sosial Kabupaten Serang Tahun 2022.",
  "Dokumen Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Tahun 2022 Dinas Sosial Kabupaten Serang ini merupakan dokumen yang memuat pertanggungjawaban OPD dalam pelaksanaan kegiatan yang telah dilaksanakan selama 1 (satu) tahun dengan mengacu pada Dokumen Pelaksanaan Anggaran (DPA) Tahun 2022, juga merupakan pengukuran capaian kinerja yang difokuskan pada pencapaian target sasaran strategis yang telah ditetapkan dalam Indikator Kinerja Utama (IKU) Dinas Sosial Kabupaten Serang Tahun 2022.",
  "Dokumen Penyusunan Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP) Tahun 2022 Dinas Sosial Kabupaten Serang ini diharapkan dapat digunakan sebagai acuan pelaksanaan program/kegiatan, penggunaan anggaran di tahun selanjutnya, dan tolak ukur target pencapaian kinerja di Dinas Sosial Kabupaten Serang serta dapat lebih mensinergikan kegiatan kegiatan yang akan dilaksanakan oleh bidang - bidang di Dinas Sosial Kabupaten Serang demi peningkatan kesejahteraan sosial melalui penanganan Penyandang Masalah Kesejahteraan Sosial (PMKS) di Kabupaten Serang dan juga dapat menunjang pencapaian Visi dan Misi Pemerintah Kabupaten Serang.",
  "Semoga Allah SWT selalu memberikan keberkahan dalam setiap aktivitas yang kita lakukan. Aamiin.",
);

const ikhtisarEksekutif = paragraphs(
  "Laporan Kinerja Instansi Pemerintah (LKIP) Dinas Sosial Kabupaten Serang Tahun {tahun} memuat pertanggungjawaban OPD dalam pelaksanaan kegiatan yang telah dilaksanakan selama 1 (satu) tahun dengan mengacu pada Dokumen Pelaksanaan Anggaran (DPA) Tahun {tahun}, dan pengukuran capaian kinerja yang difokuskan pada pencapaian target sasaran strategis yang telah ditetapkan dalam Indikator Kinerja Utama (IKU).",
  "Sasaran strategis Dinas Sosial Kabupaten Serang adalah **Meningkatnya perlindungan dan pemberdayaan sosial**, diukur dengan Indikator Kinerja Utama Prosentase PMKS yang Mendapatkan Program Pelayanan Sosial: target {target_iku:S1.1}, realisasi {realisasi_iku:S1.1}, capaian {capaian_iku:S1.1} ({predikat_iku:S1.1}). Capaian target Indikator Kinerja Utama dapat terpenuhi melalui 3 program, yaitu Rehabilitasi Sosial, Perlindungan dan Jaminan Sosial, serta Penanganan Bencana.",
  "Dalam rangka mencapai target indikator kinerja urusan sosial tahun {tahun}, alokasi anggaran tahun {tahun} untuk urusan sosial sebesar {pagu_opd} dengan realisasi mencapai {realisasi_opd} atau {serapan_opd}.",
  "Permasalahan yang dihadapi antara lain jumlah PMKS di Kabupaten Serang yang masih cukup tinggi, sarana dan prasarana penanganan PMKS yang masih terbatas, dan pengelolaan database PMKS khususnya fakir miskin yang belum berjalan dengan baik. Hal ini diantisipasi dengan peningkatan pengelolaan program penyelenggaraan kesejahteraan sosial, peningkatan kapasitas kelembagaan dan sumber daya manusia kesejahteraan sosial, serta monitoring dan evaluasi pelaksanaan program/kegiatan yang dioptimalkan.",
);

const latarBelakang = paragraphs(
  "Laporan Kinerja Instansi Pemerintah (LKIP) merupakan Dokumen yang memuat pertanggungjawaban OPD dalam pelaksanaan kegiatan yang telah dilaksanakan selama 1 (satu) Tahun Anggaran. Disamping Laporan Tahunan yang secara rutin disusun pada akhir tahun anggaran, sesuai Inpres Nomor 7 tahun 1999 tentang Akuntabilitas Kinerja Instansi Pemerintah, maka perlu disusun evaluasi kinerja masing-masing Instansi Pemerintah dalam pencapaian kegiatan pada setiap tahunnya, atau yang disebut Laporan Kinerja Instansi Pemerintah (LKIP).",
  "Capaian kinerja yang diperoleh merupakan capaian kinerja yang optimal, yang dapat dilaksanakan dan selalu akan ditingkatkan kinerjanya dari tahun ketahun. Melalui LKIP Dinas Sosial Tahun 2022 ini diharapkan dapat menjadi bahan perbaikan kinerja kegiatan untuk Tahun selanjutnya.",
  "Agar laporan pertanggungjawaban Pemerintah lebih sistematis dan akuntabel dalam menyampaikan capaian kinerja dari setiap instansi/OPD maka ditetapkan pedoman terbaru melalui Peraturan Presiden Nomor 29 Tahun 2014 Tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja, dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah.",
);

const fungsi = paragraphs(
  "Untuk menyelenggarakan tugas tersebut di atas, Dinas Sosial Kabupaten Serang mempunyai Fungsi sebagai berikut :",
  [
    "1. Perencanaan dan Perumusan Kebijakan Teknis di Bidang Rehabilitasi Sosial, Bidang Pemberdayaan Sosial, Bidang Penanganan Fakir Miskin dan Bidang Perlindungan dan Jaminan Sosial;",
    "2. Pelaksanaan Pembinaan Teknis dan Pengelolaan Bidang Rehabilitasi Sosial, Bidang Bina Pemberdayaan Sosial, Bidang Penanganan Fakir Miskin dan Bidang Perlindungan dan Jaminan Sosial;",
    "3. Pelaksanaan Pengawasan dan Pengendalian Bidang Rehabilitasi Sosial, Bidang Bina Pemberdayaan Sosial, Bidang Penanganan Fakir Miskin dan Bidang Perlindungan dan Jaminan Sosial;",
    "4. Pelaksanaan Perijinan dan Pelayanan Umum Bidang Rehabilitasi Sosial dan Bidang Perlindungan dan Jaminan Sosial;",
    "5. Pemberdayaan masyarakat melalui Bidang Pemberdayaan Sosial, Bidang Penanganan Fakir Miskin dan Bidang Perlindungan dan Jaminan Sosial;",
    "6. Pelaksanaan Pelayanan Teknis Administratif Ketatausahaan Dinas Sosial.",
  ].join("\n"),
);

const isuStrategis = paragraphs(
  "Isu Strategis yang diangkat oleh Dinas Sosial berdasarkan rumusan isu strategis yang ada di RPJMD Kabupaten Serang Tahun 2021 – 2026 dalam urusan Sosial dan menjadi tugas pokok dan fungsi Dinas Sosial yaitu Percepatan Penanggulangan Kemiskinan dengan permasalahan diantaranya :",
  [
    "1. Belum optimalnya upaya penanggulangan kemiskinan dan penanganan PMKS sehingga jumlah PMKS masih cukup tinggi.",
    "2. Jumlah PMKS di Kabupaten Serang masih cukup tinggi, sehingga proses penanganannya membutuhkan waktu yang tidak sebentar.",
    "3. Sarana dan prasarana yang dibutuhkan dalam penanganan PMKS masih terbatas seperti rumah singgah atau shelter rumah aman Kabupaten Serang belum ada.",
    "4. Pengelolaan database PMKS khususnya fakir miskin belum berjalan dengan baik sehingga masih banyak PMKS khususnya fakir miskin belum mendapatkan program pelayanan sosial.",
    "5. Belum terkoordinasinya pengentasan kemiskinan antar lembaga di Kabupaten Serang.",
    "6. Masih terbatasnya program pemberdayaan ekonomi bagi PMKS khususnya fakir miskin.",
    "7. Kurangnya tenaga profesi pekerja sosial.",
  ].join("\n"),
  "Dari berbagai permasalahan tersebut diatas, maka Dinas Sosial mempunyai tugas yang tidak ringan, maka sudah barang tentu di perlukan sinergitas semua pemangku kebijakan, stakeholder dan peran masyarakat dalam menjawab tantangan tersebut. Kemudian peningkatan bagi pembangunan urusan bidang sosial adalah bagaimana meningkatkan akses dan kualitas pelayanan kesejahteraan sosial bagi PMKS. Hal ini dapat diantisipasi dengan cara mendukung peningkatan pengelolaan program penyelenggaraan kesejahteraan sosial, peningkatan kapasitas kelembagaan dan sumber daya manusia kesejahteraan sosial, serta peningkatan kualitas tata kelola pemerintahan yang baik dalam penyelenggaraan kesejahteraan sosial.",
);

const sistematika = paragraphs(
  "Sistematika penulisan Laporan Kinerja Instansi Pemerintah (LKIP) sebagaimana di atur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah, berikut sistematika penulisan LKIP Dinas Sosial Kabupaten Serang Tahun {tahun}:",
  "**BAB I PENDAHULUAN**\n- Latar Belakang\n- Penjelasan Umum Organisasi\n- Sistematika Penulisan\n- Isu Strategis",
  "**BAB II PERENCANAAN KINERJA**\n- Rencana Strategis\n- Ikhtisar Perjanjian Kinerja",
  "**BAB III AKUNTABILITAS KINERJA**\n- Capaian Kinerja Organisasi\n- Realisasi Anggaran",
  "**BAB IV PENUTUP**\n- Kesimpulan\n- Rekomendasi",
);

const kesimpulan = [
  "4.1.1. Dapat disimpulkan bahwa secara umum Dinas Sosial Kabupaten Serang memperlihatkan pencapaian Evaluasi kinerja sasaran strategis dilakukan dengan mengukur tingkat capaian indikator kinerja yang sebelumnya telah ditetapkan dalam Perjanjian Kinerja.",
  "4.1.2. Dalam rangka mencapai target indikator kinerja urusan sosial tahun {tahun}, alokasi anggaran tahun {tahun} untuk urusan sosial sebesar {pagu_opd} dengan realisasi mencapai {realisasi_opd} atau {serapan_opd}.",
].join("\n");

const rekomendasi = [
  "4.2.1. Dalam penyusunan Rencana Kerja yang berisi program dan kegiatan serta target kinerja OPD harus berpedoman pada Rencana Strategis OPD sehingga tercipta konsistensi antara dokumen perencanaan dan penganggaran OPD.",
  "4.2.2. Untuk menghindari menurunnya realisasi anggaran maka diharapkan PPTK/KPA dapat lebih awal melaksanakan kegiatannya dan merencanakan anggaran kegiatan berdasarkan analisis kebutuhan biaya sehingga realisasi tidak terlalu berbeda dengan anggaran yang tersedia.",
  "4.2.3. Evaluasi dan pelaporan perlu secara berkesinambungan melakukan monitoring dan evaluasi secara internal agar progres report dari pelaksanaan dapat diketahui dan diantisipasi bila mengalami keterlambatan.",
  "4.2.4. Monitoring dan evaluasi pelaksanaan program/kegiatan harus dioptimalkan untuk mengetahui progres report dari setiap program/kegiatan sehingga hambatan/kendala yang mungkin dihadapi dapat diantisipasi lebih cepat untuk kemudian merumuskan solusi yang tepat.",
].join("\n");

/** "dengan pagu {pagu:k} dan realisasi sebesar {realisasi:k} atau {serapan:k}". */
const budget = (code: string) =>
  `dengan pagu {pagu:${code}} dan realisasi sebesar {realisasi:${code}} atau {serapan:${code}}`;

const pemberdayaanSosial = paragraphs(
  "Pada bidang ini pemberdayaan sosial memiliki pagu {pagu:1.06.02} dengan realisasi {realisasi:1.06.02} sehingga capaiannya mencapai {serapan:1.06.02}. Dalam peningkatan Kapasitas Tenaga Kesejahteraan Sosial, program ini dilaksanakan melalui {jumlah_kegiatan:1.06.02} Kegiatan dan {jumlah_sub_kegiatan:1.06.02} Sub kegiatan diantaranya :",
  `**1) Kegiatan Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota**, ${budget("1.06.02.2.02")}.`,
  `a) Sub Kegiatan Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang, ${budget("1.06.02.2.02.0001")}. Dalam sub kegiatan ini terdapat aktivitas berupa Pemberian izin pengumpulan uang dan barang kepada Yayasan Kreasi Bangun Semeta.`,
  `**2) Kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota**, ${budget("1.06.02.2.03")}. Kegiatan ini memiliki {jumlah_sub_kegiatan:1.06.02.2.03} Sub kegiatan, diantaranya sebagai berikut :`,
  `a) Sub Kegiatan peningkatan kemampuan potensi pekerja sosial masyarakat kewenangan kabupaten/kota, ${budget("1.06.02.2.03.0001")}. Dalam realisasinya aktivitas yang dilakukan sesuai dengan perjanjian kinerja yang telah di atur yaitu melaksanakan Kegiatan Rapat serta bimbingan teknis pekerja sosial masyarakat yang dilaksanakan pada Triwulan III di Bulan Agustus 2022 yang berjumlah 50 orang.`,
  `b) Sub Kegiatan peningkatan kemampuan potensi tenaga kesejahteraan sosial kecamatan kewenangan kabupaten/kota, ${budget("1.06.02.2.03.0002")}. Dalam realisasinya aktivitas yang dilakukan tahun ini yaitu pemberian honorarium kepada TKSK sebanyak 12 kali dalam setahun untuk 29 Orang serta pemberian kendaraan roda 2 sebanyak 29 unit.`,
  `c) Sub Kegiatan peningkatan kemampuan potensi sumber kesejahteraan sosial keluarga kewenangan kabupaten/kota, ${budget("1.06.02.2.03.0003")}. Aktivitas yang dilakukan yaitu kordinasi serta pendampingan dalam melaksanakan penyaluran Program PKH dari pusat agar tepat sasaran.`,
  `d) Sub Kegiatan Peningkatan kemampuan potensi sumber kesejahteraan sosial kelembagaan masyarakat kewenangan kabupaten/kota, ${budget("1.06.02.2.03.0004")}. Dalam realisasinya aktivitas yang dilakukan yaitu Rapat Kordinasi dan sosialisasi kepada 3 lembaga yaitu LKKS, Pensosmas, dan Karang Taruna.`,
  `e) Sub Kegiatan Peningkatan kemampuan sumber daya manusia dan penguatan lembaga konsultasi kesejahteraan keluarga (LK3), ${budget("1.06.02.2.03.0005")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian pelatihan kepada Petugas LK3 sebanyak 7 orang.`,
);

const migran = paragraphs(
  "Pada program penanganan warga negara migran korban tindak kekerasan memiliki pagu {pagu:1.06.03} dengan realisasi {realisasi:1.06.03} sehingga capaiannya {serapan:1.06.03}. Program ini dilaksanakan dengan {jumlah_kegiatan:1.06.03} Kegiatan yaitu Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Kelurahan/Desa Asal, dengan pagu {pagu:1.06.03.2.01} dengan realisasi {realisasi:1.06.03.2.01} sehingga capaiannya {serapan:1.06.03.2.01} dan Sub Kegiatan Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari titik debarkasi di daerah kabupaten/kota untuk dipulangkan ke desa/kelurahan asal dengan pagu {pagu:1.06.03.2.01.0001} dengan realisasi {realisasi:1.06.03.2.01.0001} sehingga capaiannya {serapan:1.06.03.2.01.0001}.",
);

const rehabilitasiSosial = paragraphs(
  "Pada program ini Rehabilitasi sosial memiliki pagu {pagu:1.06.04} dengan realisasi {realisasi:1.06.04} sehingga capaiannya {serapan:1.06.04}. Program ini dilaksanakan dengan {jumlah_kegiatan:1.06.04} Kegiatan dan {jumlah_sub_kegiatan:1.06.04} Sub kegiatan diantaranya :",
  `**1) Kegiatan Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia terlantar, Serta Gelandangan Pengemis di luar Panti Sosial**, ${budget("1.06.04.2.01")}, dengan sub kegiatan yaitu:`,
  `a) Sub Kegiatan Penyediaan Permakanan, ${budget("1.06.04.2.01.0001")}. Dalam realisasinya aktivitas yang dilakukan yaitu Penerima Bantuan Sosial permakanan bagi anak terlantar, Lansia terlantar dan disabilitas sebanyak 115 PMKS di 15 kecamatan.`,
  `b) Sub Kegiatan Penyediaan Sandang, ${budget("1.06.04.2.01.0002")}. Dalam realisasinya aktivitas yang dilakukan yaitu Penerima Bantuan Sosial penyediaan sandang bagi anak terlantar sebanyak 300 PMKS di 29 kecamatan.`,
  `c) Sub Kegiatan Penyediaan Alat Bantu, ${budget("1.06.04.2.01.0003")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian alat bantu kepada penyandang disabilitas, Eks ODGJ, dan Pemulung sebanyak 52 penerima manfaat.`,
  `d) Sub Kegiatan Pemberian Pelayanan Reunifikasi Keluarga, ${budget("1.06.04.2.01.0004")}. Aktivitas ini diberikan kepada 5 penerima: gelandangan pengemis, balita terlantar dan bayi terlantar.`,
  `e) Sub Kegiatan Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial, ${budget("1.06.04.2.01.0005")}. Pemberian bimbingan fisik, mental, spiritual dan sosial ini diberikan kepada Disabilitas dan Anak Terlantar dengan jumlah 80 PMKS. Masing-masing berada di kecamatan Kramatwatu dan Ciruas.`,
  `f) Sub Kegiatan Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat, ${budget("1.06.04.2.01.0006")}. Dalam realisasinya aktivitas yang dilakukan yaitu memberikan fasilitasi bimbingan sosial kepada 135 PMKS.`,
  `g) Sub Kegiatan Pemberian Layanan Data dan Pengaduan, ${budget("1.06.04.2.01.0010")}. Dalam realisasinya aktivitas yang dilakukan yaitu monitoring data yang melakukan pengaduan (17 pengaduan).`,
  `h) Sub Kegiatan Pemberian Layanan Kedaruratan, ${budget("1.06.04.2.01.0007")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian layanan Kedaruratan kepada 5 balita terlantar.`,
  `i) Sub Kegiatan Pemberian Pelayanan Penelusuran Keluarga, ${budget("1.06.04.2.01.0008")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian layanan Penelusuran keluarga kepada Gepeng dan Bayi Terlantar.`,
  `j) Sub Kegiatan Pemberian Layanan Rujukan, ${budget("1.06.04.2.01.0009")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian layanan rujukan kepada 14 orang.`,
  `**2) Kegiatan Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya bukan Korban HIV/AIDS dan NAPZA diluar Panti sosial**, ${budget("1.06.04.2.02")}, dengan sub kegiatan yaitu:`,
  `a) Sub Kegiatan Layanan Kedaruratan, ${budget("1.06.04.2.02.0001")}. Aktivitas yang dilakukan adalah pemberian bantuan kepada satu orang anak yang memerlukan perlakuan Khusus dari Kecamatan Kragilan.`,
  `b) Sub Kegiatan Penyediaan Permakanan, ${budget("1.06.04.2.02.0002")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian luncuran honorarium petugas RPS sebanyak 2 orang.`,
  `c) Sub Kegiatan Penyediaan Alat Bantu, ${budget("1.06.04.2.02.0004")}. Dalam realisasinya aktivitas yang dilakukan yaitu memberikan bantuan alat bantu kepada 13 PMKS.`,
  `d) Sub Kegiatan Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial, ${budget("1.06.04.2.02.0005")}. Dalam realisasinya aktivitas yang dilakukan yaitu fasilitasi bimbingan fisik, mental dan sosial terhadap respon khusus pada tahun 2022 kepada 37 anak.`,
  `e) Sub Kegiatan Pemberian Bimbingan Sosial kepada Keluarga PMKS Lainnya bukan Korban HIV/AIDS dan NAPZA, ${budget("1.06.04.2.02.0006")}, dengan 12 penerima manfaat.`,
  `f) Sub Kegiatan Pemberian Pelayanan Penelusuran Keluarga, ${budget("1.06.04.2.02.0007")}. Dalam hal ini aktivitas yang dilakukan adalah penelusuran kepada 3 PMKS kepada keluarganya.`,
  `g) Sub Kegiatan Pemberian Layanan Rujukan, ${budget("1.06.04.2.02.0009")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian luncuran honorarium petugas RPS sebanyak 2 orang selama satu tahun.`,
);

const perlindunganJaminanSosial = paragraphs(
  "Pada bidang ini Perlindungan dan jaminan sosial memiliki pagu {pagu:1.06.05} dengan realisasi {realisasi:1.06.05} sehingga capaiannya mencapai {serapan:1.06.05}. Program ini dilaksanakan dengan {jumlah_kegiatan:1.06.05} Kegiatan dan {jumlah_sub_kegiatan:1.06.05} Sub kegiatan diantaranya :",
  "**1) Kegiatan Pengelolaan data fakir miskin cakupan daerah kabupaten/kota**",
  `a) Sub Kegiatan Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota, ${budget("1.06.05.2.02.0002")}. Dalam realisasinya aktivitas yang dilakukan yaitu sosialisasi Up-dating perbaikan NIK kelayakan penerima Bansos, dan data PMKS.`,
  `b) Sub Kegiatan Fasilitasi Bantuan Sosial Kesejahteraan Keluarga, ${budget("1.06.05.2.02.0003")}. Aktivitas yang dilakukan yaitu monitoring dan bimbingan terhadap pelaksanaan bantuan BPNT serta Pelaksanaan Penyaluran bantuan BBM yang dikeluarkan oleh anggaran APBD Kabupaten Serang kepada 9.623 jiwa penerima bantuan.`,
  `c) Sub Kegiatan Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat, ${budget("1.06.05.2.02.0004")}. Pelaksanaan Sub Kegiatan ini berupa:`,
  [
    "1. Pemberian bantuan Kelompok Usaha Bersama (KUBE) sebanyak 28 kelompok dimana perkelompok terdiri dari 5 orang (140 orang) di 28 kecamatan;",
    "2. Bantuan Usaha Ekonomi Produktif (UEP) kepada Perempuan Rawan Sosial Ekonomi (PRSE) sebanyak 40 Orang di 5 kecamatan.",
  ].join("\n"),
);

const penangananBencana = paragraphs(
  "Pada bidang ini Penanganan Bencana memiliki pagu {pagu:1.06.06} dengan realisasi {realisasi:1.06.06} sehingga capaiannya mencapai {serapan:1.06.06}. Program ini dilaksanakan dengan {jumlah_kegiatan:1.06.06} Kegiatan dan {jumlah_sub_kegiatan:1.06.06} Sub kegiatan diantaranya :",
  `**1) Kegiatan perlindungan sosial korban bencana alam dan sosial kabupaten/kota**, ${budget("1.06.06.2.01")}.`,
  `a) Sub Kegiatan Penyediaan Permakanan, ${budget("1.06.06.2.01.0001")}. Dalam realisasinya aktivitas yang dilakukan yaitu penyediaan Bufferstock untuk Korban bencana alam yang terealisasi sebanyak 9.380 Orang (4.980 KK, 214 kejadian bencana) dalam 1 Tahun.`,
  `b) Sub Kegiatan penyediaan Sandang, ${budget("1.06.06.2.01.0002")}. Dalam realisasinya aktivitas yang dilakukan yaitu pemberian sandang kepada korban bencana dengan jumlah 133 orang yang di bantu.`,
  `**2) Kegiatan Penyelenggaraan Pemberdayaan Masyarakat Terhadap Kesiapsiagaan Bencana Kabupaten**, ${budget("1.06.06.2.02")}.`,
  `a) Sub Kegiatan Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana, ${budget("1.06.06.2.02.0001")}. Dalam realisasinya aktivitas yang dilakukan yaitu rapat kordinasi dengan dua kecamatan yaitu Anyer dan Cinangka yang berjumlah 120 Orang, pada tanggal 13 November 2022.`,
  `b) Sub Kegiatan Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana, ${budget("1.06.06.2.02.0002")}. Dalam realisasinya aktivitas yang dilakukan yaitu rapat kordinasi di kantor dinas sosial yang berjumlah 60 orang petugas tagana. Pelaksanaan dilakukan pada tanggal 5 Desember 2022.`,
);

const tamanMakamPahlawan = paragraphs(
  "Program Pengelolaan Taman Makam Pahlawan memiliki pagu {pagu:1.06.07} dengan realisasi {realisasi:1.06.07} sehingga capaiannya mencapai {serapan:1.06.07}. Program ini dilaksanakan dengan {jumlah_kegiatan:1.06.07} Kegiatan dan {jumlah_sub_kegiatan:1.06.07} Sub kegiatan diantaranya :",
  `**1) Kegiatan Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota**, ${budget("1.06.07.2.01")}.`,
  `a) Sub Kegiatan pemeliharaan taman makam pahlawan nasional kabupaten/kota, ${budget("1.06.07.2.01.0001")}. Aktivitas yang dilakukan adalah pemeliharaan 3 (tiga) tugu perjuangan yang berlokasi di kecamatan Pabuaran, Padarincang dan Anyer, dan bantuan jaminan hidup bagi 1 (satu) orang janda perintis.`,
  `b) Sub Kegiatan pengamanan taman makam pahlawan nasional kabupaten/kota, ${budget("1.06.07.2.01.0002")}. Maksud dan tujuan kegiatan ini adalah terjaganya taman makam Ki Syam'un dan SA Tirtayasa.`,
);

export const serang2022Narrative: DemoNarrative = {
  laporan: {
    KATA_PENGANTAR: kataPengantar,
    IKHTISAR_EKSEKUTIF: ikhtisarEksekutif,
    LATAR_BELAKANG: latarBelakang,
    DASAR_PEMBENTUKAN:
      "Dinas Sosial merupakan perangkat daerah yang dibentuk berdasarkan Peraturan Daerah Kabupaten Serang Nomor 11 Tahun 2016 tentang Pembentukan Organisasi Dinas Daerah Kabupaten Serang.",
    TUGAS_POKOK:
      "Tugas Pokok Dinas Sosial diatur dalam Peraturan Bupati Serang Nomor 89 Tahun 2016 tentang Tugas Pokok, Fungsi dan Uraian Tugas pada Dinas Sosial Kabupaten Serang, Dinas Sosial mempunyai Tugas Pokok Merumuskan Kebijakan Teknis, Merencanakan, Melaksanakan, Mengatur dan Menyelenggarakan Kegiatan dan Usaha Pelayanan Sosial, Pemberian Bantuan Sosial, Pelestarian Nilai-Nilai Kepahlawanan, Penyantunan dan Rehabilitasi Sosial Serta Pembinaan Panti-Panti Sosial dan Partisipasi Masyarakat Dalam Bidang Kesejahteraan Sosial Serta Menyelenggarakan Ketatausahaan Dinas.",
    FUNGSI: fungsi,
    STRUKTUR_ORGANISASI: paragraphs(
      "Dinas Sosial Kabupaten Serang dibentuk berdasarkan Peraturan Daerah Kabupaten Serang Nomor 11 Tahun 2016 tentang Pembentukan dan Susunan Organisasi Dinas Daerah Kabupaten Serang, seperti tergambar sebagai berikut:",
      "Sumber : Peraturan Daerah Kabupaten Serang Nomor 11 Tahun 2016",
    ),
    // The report's diagrams of aparatur and mitra kerja carry no numbers (seed: Gambar 2 and 3), so the demo
    // has no daya dukung rows and leaves out the sentences that point at them.
    DAYA_DUKUNG_APARATUR:
      "Untuk menjalankan program/kegiatan yang akan dilaksanakan sebagaimana yang sudah tertuang dalam Rencana Strategis Dinas Sosial Tahun 2021 – 2026, Dinas Sosial di dukung oleh sejumlah aparatur/pegawai dan juga mitra kerja yang membantu dilapangan.",
    SARANA_PRASARANA:
      "Kantor Dinas Sosial Kabupaten Serang berlokasi di Jl. Raya Serang – Petir No.1 Desa Cilaku Kecamatan Curug Kota Serang, dan menempati tanah dengan luas 4.770 m², bangunan yang menjadi bagian dari Kantor Dinas Sosial Kabupaten Serang terdiri dari 1 unit bangunan kantor utama, 1 unit bangunan ruang pertemuan (aula rapat), 1 unit Rumah Perlindungan Sosial dan Loka Bina Karya (RPS-BLK), serta di dukung dengan berbagai kendaraan operasional baik kendaraan roda dua (Motor) dan kendaraan roda empat (mobil) dan sarana pendukung lainnya.",
    ANGGARAN:
      "Anggaran Dinas Sosial Kabupaten Serang dari Tahun 2021 sampai dengan Tahun {tahun}, sebagai mana tergambar dalam tabel grafik sebagai berikut:",
    ISU_STRATEGIS: isuStrategis,
    SISTEMATIKA: sistematika,
    REALISASI_ANGGARAN:
      "Data yang disajikan merupakan hasil laporan yang diambil dari data keuangan dinas sosial kabupaten serang.",
    KESIMPULAN: kesimpulan,
    REKOMENDASI: rekomendasi,
  },
  sasaran: {
    "S1.1": {
      ANALISIS_SASARAN: paragraphs(
        "Capaian Kinerja Organisasi diukur dengan capaian Indikator Kinerja Utama, Capaian Kinerja Program dan Capaian Indikator Kinerja Kegiatan, pengukuran capaian kinerja digunakan sebagai dasar untuk meneliti dan menganalisa keberhasilan dan kegagalan pelaksanaan program dan kegiatan sesuai dengan sasaran dan tujuan yang telah ditetapkan ke dalam Rencana Strategis Dinas Sosial Kabupaten Serang Tahun 2021 - 2026.",
        "Adapun analisa dari capaian sasaran strategis dalam rangka mewujudkan misi Bupati Serang yang ke 4, melalui capaian target indikator sasaran atau Indikator Kinerja Utama (IKU) Prosentase PMKS yang Mendapatkan Program Pelayanan Sosial: target {target_iku:S1.1}, realisasi {realisasi_iku:S1.1}, capaian {capaian_iku:S1.1}.",
        "Capaian Indikator Kinerja Utama (IKU) diukur hanya pada APBD Kabupaten Serang saja, hal tersebut untuk memotret kemampuan Pemerintah Kabupaten Serang dalam penanganan/penanggulangan kemiskinan khususnya penanganan atau penurunan jumlah PMKS yang ada di wilayah Kabupaten Serang.",
      ),
      ANALISIS_PENYEBAB: paragraphs(
        "Capaian target Indikator Kinerja Utama dapat terpenuhi melalui 3 program, yaitu Rehabilitasi Sosial, Perlindungan dan Jaminan Sosial, serta Penanganan Bencana. Permasalahan yang masih dihadapi adalah jumlah PMKS di Kabupaten Serang yang masih cukup tinggi sehingga proses penanganannya membutuhkan waktu yang tidak sebentar, sarana dan prasarana penanganan PMKS yang masih terbatas, pengelolaan database PMKS khususnya fakir miskin yang belum berjalan dengan baik, dan kurangnya tenaga profesi pekerja sosial.",
        "Hal ini dapat diantisipasi dengan cara mendukung peningkatan pengelolaan program penyelenggaraan kesejahteraan sosial, peningkatan kapasitas kelembagaan dan sumber daya manusia kesejahteraan sosial, serta peningkatan kualitas tata kelola pemerintahan yang baik dalam penyelenggaraan kesejahteraan sosial. Untuk menghindari menurunnya realisasi anggaran maka diharapkan PPTK/KPA dapat lebih awal melaksanakan kegiatannya dan merencanakan anggaran kegiatan berdasarkan analisis kebutuhan biaya.",
      ),
      ANALISIS_PROGRAM: paragraphs(
        "Capaian target Indikator Kinerja Utama dapat terpenuhi melalui 3 program:",
        [
          "- Rehabilitasi Sosial (Cakupan rehabilitasi sosial), capaian {capaian_program:1.06.04};",
          "- Perlindungan dan Jaminan Sosial (Persentase Fakir Miskin yang mendapatkan Jaminan Sosial), capaian {capaian_program:1.06.05};",
          "- Penanganan Bencana (Persentase korban bencana yang menerima bantuan sosial selama masa tanggap darurat), capaian {capaian_program:1.06.06}.",
        ].join("\n"),
        "Untuk dapat memenuhi capaian dari berbagai target indikator yang sudah ditentukan dari masing-masing program, hal tersebut didapat dari berbagai kegiatan-kegiatan yang dilaksanakan oleh masing masing bidang.",
      ),
    },
  },
  aktivitas: {
    "1.06.02": pemberdayaanSosial,
    "1.06.03": migran,
    "1.06.04": rehabilitasiSosial,
    "1.06.05": perlindunganJaminanSosial,
    "1.06.06": penangananBencana,
    "1.06.07": tamanMakamPahlawan,
  },
};
