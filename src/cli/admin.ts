import { parseArgs } from "node:util";
import { bacaKonfigurasi } from "../config.ts";
import { buatAkun } from "../modules/auth/akun.service.ts";
import type { Peran } from "../platform/db/schema.ts";
import type { Db } from "../platform/db/transaction.ts";
import { GalatTerukur } from "../platform/errors.ts";
import { cakupanPublik } from "../platform/http/pemda-context.ts";
import { siapkanBasisdata } from "../startup.ts";

/** The flag that carries each field of the account, so a refusal names what to fix on the command line. */
const OPSI_BIDANG: Record<string, string> = {
  namaPengguna: "--nama-pengguna",
  nama: "--nama",
  peran: "--peran",
  opdKode: "--opd",
  unitKode: "--unit",
  sandi: "TERUKUR_SANDI",
};

/** Where the CLI gets the password from: the environment first, else a prompt when a person is at a terminal. */
export type SumberSandi = { env: NodeJS.ProcessEnv; tanya: ((pertanyaan: string) => Promise<string>) | null };

/** Reads a line from the terminal without echoing it (raw mode), for passwords. */
export function tanyaTanpaGema(pertanyaan: string): Promise<string> {
  const masukan = process.stdin;
  process.stdout.write(pertanyaan);
  masukan.setRawMode(true);
  masukan.resume();
  masukan.setEncoding("utf8");
  return new Promise((selesai, gagal) => {
    let isi = "";
    const akhiri = () => {
      masukan.off("data", baca);
      masukan.setRawMode(false);
      masukan.pause();
      process.stdout.write("\n");
    };
    const baca = (potongan: string) => {
      for (const ch of potongan) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          akhiri();
          selesai(isi);
          return;
        }
        if (ch === "\u0003") {
          akhiri();
          gagal(new Error("Dibatalkan"));
          return;
        }
        if (ch === "\u007f" || ch === "\b") isi = isi.slice(0, -1);
        else isi += ch;
      }
    };
    masukan.on("data", baca);
  });
}

async function ambilSandi(sumber: SumberSandi): Promise<string> {
  const dariEnv = sumber.env.TERUKUR_SANDI;
  if (dariEnv) return dariEnv;
  if (!sumber.tanya) {
    throw new Error(
      "Kata sandi tidak diberikan: isi variabel lingkungan TERUKUR_SANDI, atau jalankan perintah ini di terminal untuk mengetiknya",
    );
  }
  const sandi = await sumber.tanya("Kata sandi (min. 10 karakter): ");
  const ulang = await sumber.tanya("Ulangi kata sandi: ");
  if (sandi !== ulang) throw new Error("Kedua kata sandi tidak sama; akun tidak dibuat");
  return sandi;
}

/**
 * `admin buat-akun` on an open database: resolves the pemda (--pemda, TERUKUR_PEMDA, or the only one),
 * creates the account through the same service as the admin screen and prints "Akun X dibuat".
 * Why separate from the process wiring: tests run it in-process on a rolled-back transaction.
 */
export async function buatAkunCli(
  db: Db,
  argumen: string[],
  sumber: SumberSandi,
  kodePemdaBawaan: string | null = null,
): Promise<number> {
  const v = bacaArgumenBuatAkun(argumen);
  const sandi = await ambilSandi(sumber);
  const pemda = await cakupanPublik(db, v.pemda ?? kodePemdaBawaan);
  try {
    await buatAkun(
      db,
      { pemdaId: pemda.pemdaId, opdId: null, pelaku: "cli" },
      {
        namaPengguna: v.namaPengguna,
        nama: v.nama,
        peran: v.peran as Peran,
        opdKode: v.opd ?? null,
        unitKode: v.unit ?? null,
        sandi,
      },
    );
  } catch (e) {
    if (e instanceof GalatTerukur && e.bidang && OPSI_BIDANG[e.bidang]) {
      throw new Error(`${OPSI_BIDANG[e.bidang]}: ${e.message.replace(`${e.bidang}: `, "")}`);
    }
    throw e;
  }
  console.log(`Akun ${v.namaPengguna.trim()} dibuat`);
  return 0;
}

function bacaArgumenBuatAkun(argumen: string[]) {
  const { values } = parseArgs({
    args: argumen,
    options: {
      "nama-pengguna": { type: "string" },
      nama: { type: "string" },
      peran: { type: "string" },
      opd: { type: "string" },
      unit: { type: "string" },
      pemda: { type: "string" },
    },
    strict: true,
  });
  const namaPengguna = values["nama-pengguna"];
  if (!namaPengguna) throw new Error("--nama-pengguna wajib diisi, mis. --nama-pengguna admin.lutim");
  if (!values.nama) throw new Error('--nama wajib diisi, mis. --nama "Admin Bagian Organisasi"');
  if (!values.peran) {
    throw new Error("--peran wajib diisi: admin_pemda, perencana, kepala_seksi, pimpinan atau evaluator");
  }
  return {
    namaPengguna,
    nama: values.nama,
    peran: values.peran,
    opd: values.opd,
    unit: values.unit,
    pemda: values.pemda,
  };
}

/**
 * `terukur admin buat-akun --nama-pengguna X --nama "..." --peran admin_pemda [--opd KODE] [--unit KODE]
 * [--pemda KODE]`: creates an account from the command line, which is how the first admin of a pemda
 * comes to exist (there is nobody yet to create it on the screen).
 */
export async function perintahAdmin(argumen: string[]): Promise<number> {
  const [sub, ...sisa] = argumen;
  if (sub !== "buat-akun") {
    throw new Error(`Subperintah admin tidak dikenal: ${sub ?? "(kosong)"}; gunakan "admin buat-akun"`);
  }
  bacaArgumenBuatAkun(sisa);
  const konfigurasi = bacaKonfigurasi();
  const basis = await siapkanBasisdata(konfigurasi);
  try {
    return await buatAkunCli(
      basis.db,
      sisa,
      { env: process.env, tanya: process.stdin.isTTY ? tanyaTanpaGema : null },
      konfigurasi.kodePemda,
    );
  } finally {
    await basis.tutup();
  }
}
