import { perintahAdmin } from "./cli/admin.ts";
import { perintahCadangan } from "./cli/cadangan.ts";
import { perintahKonfigurasi } from "./cli/konfigurasi.ts";
import { perintahLaporan } from "./cli/laporan.ts";
import { perintahLke } from "./cli/lke.ts";
import { perintahPeriksa } from "./cli/periksa.ts";
import { perintahReviu } from "./cli/reviu.ts";
import { perintahSkm } from "./cli/skm.ts";
import { bacaKonfigurasi } from "./config.ts";
import { aturZonaWaktu } from "./platform/waktu-wita.ts";

const BANTUAN = `Terukur — sistem SAKIP

Pemakaian:
  terukur periksa --opd KODE --tahun TAHUN [--json]
      Memeriksa konsistensi data satu perangkat daerah untuk satu tahun.
  terukur laporan --opd KODE --tahun TAHUN --jenis lkjip|pk|iku|evaluasi-triwulan|skm [--triwulan N]
                  --format pdf,docx,html --out FOLDER [--kertas a4|f4]
      Menyusun dokumen dari data tersimpan (LKjIP, Perjanjian Kinerja, matriks IKU, evaluasi triwulan).
  terukur skm hitung --csv BERKAS [--json]
      Menghitung SKM (PermenPANRB 14/2017) dari berkas CSV responden: kolom U1–U9, nilai 1–4, kosong bila
      tidak dijawab. Mencetak jumlah per unsur, NRR, nilai konversi, IKM dan mutu pelayanan.
  terukur skm hitung --opd KODE --periode TAHUN[-T1..T4|-S1..S2] [--json]
  terukur skm terapkan --opd KODE --periode TAHUN[-T1..T4|-S1..S2]
      Mencatat IKM periode itu sebagai realisasi IKU yang terikat padanya.
  terukur skm impor --opd KODE --periode TAHUN[-T1..T4|-S1..S2] --berkas CSV|XLSX [--unit KODE] [--simpan]
      Menghitung hal yang sama dari respons tersimpan pada periode survei itu (mis. --opd malili --periode 2024).
  terukur lke hitung --csv BERKAS [--json] [--paket BERKAS.json]
      Menilai lembar kerja evaluasi AKIP (PermenPANRB 88/2021) dari CSV berkolom kriteria,jawaban (mis. 1.a.1,BB;
      jawaban AA, A, BB, B, CC, C, D atau E; setiap kriteria wajib dijawab). Mencetak nilai per sub-komponen dan
      komponen beserta bobotnya, nilai akhir dan predikat. --paket memakai paket regulasi lain (bawaan
      packs/lke/permenpanrb-88-2021.json).
  terukur reviu BERKAS [--json]
      Mereviu LKjIP yang disusun manual (.docx, atau .txt/.md bertabel tab; paling besar 20 MB): menghitung ulang
      tabel, membandingkan antartabel, predikat, kata tren dan hitungan dalam teks; mencetak ringkasan lalu setiap
      temuan dengan letaknya. Tanpa basis data.
  terukur cadangan buat --out BERKAS | pulihkan BERKAS | periksa BERKAS
      Cadangan utuh satu instalasi (data, berkas, versi skema) selagi server berjalan; pulihkan ke basis data
      kosong (tertanam atau PostgreSQL: cara pindah dari PGlite ke server), cadangan versi lama dimigrasikan maju.
  terukur konfigurasi [--json] [--periksa]
      Mencetak pengaturan yang berlaku (lingkungan atau bawaan), rahasia disamarkan (***); --periksa juga memeriksa
      folder data dapat ditulis dan server PostgreSQL dapat dihubungi.
  terukur admin buat-akun --nama-pengguna NAMA --nama "NAMA LENGKAP" --peran PERAN [--opd KODE] [--unit KODE]
                          [--pemda KODE]
      Membuat akun (mis. admin pemda pertama). PERAN: admin_pemda, perencana, kepala_seksi, pimpinan, evaluator;
      --opd untuk peran OPD, --unit untuk kepala_seksi. Kata sandi dari variabel TERUKUR_SANDI atau diketik
      di terminal (tidak ditampilkan).

Basis data dipilih seperti saat server berjalan: DATABASE_URL bila diisi, selain itu folder DATA_DIR (bawaan ./data).`;

/** The command line: one verb per file under src/cli/, dispatched here; returns the exit code. */
export async function jalankanCli(argumen: string[]): Promise<number> {
  const [perintah, ...sisa] = argumen;
  try {
    // dates in documents and messages follow the pemda's zone, as in the server (a bad value stops here)
    if (process.env.TERUKUR_ZONA_WAKTU) aturZonaWaktu(bacaKonfigurasi().zonaWaktu);
    switch (perintah) {
      case "periksa":
        return await perintahPeriksa(sisa);
      case "laporan":
        return await perintahLaporan(sisa);
      case "skm":
        return await perintahSkm(sisa);
      case "lke":
        return await perintahLke(sisa);
      case "konfigurasi":
        return await perintahKonfigurasi(sisa);
      case "admin":
        return await perintahAdmin(sisa);
      case "reviu":
        return await perintahReviu(sisa);
      case "cadangan":
        return await perintahCadangan(sisa);
      case undefined:
      case "bantuan":
      case "--help":
      case "-h":
        console.log(BANTUAN);
        return 0;
      default:
        console.error(`Perintah tidak dikenal: ${perintah}\n\n${BANTUAN}`);
        return 2;
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}
