import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { keString } from "../../platform/decimal.ts";
import { GalatTerukur } from "../../platform/errors.ts";
import { BERKAS_PAKET_88_2021, bacaPaketLke, uraiPaketLke } from "./lke-paket.ts";

const TEKS_88 = readFileSync(BERKAS_PAKET_88_2021, "utf8");

type Mentah = {
  skalaPredikat: string;
  skalaJawaban: { kode: string; persen: string }[];
  komponen: { kode: string; bobot: string | number }[];
  subKomponen: { kode: string; komponen: string; bobot: string | number }[];
  kriteria: { kode: string; subKomponen: string; teks: string }[];
};

/** The shipped pack as a plain object, changed by `ubah`, then parsed like a file. */
function paketDiubah(ubah: (p: Mentah) => void) {
  const p = JSON.parse(TEKS_88) as Mentah;
  ubah(p);
  return () => uraiPaketLke(JSON.stringify(p), "uji.json");
}

function sub(p: Mentah, kode: string) {
  const s = p.subKomponen.find((x) => x.kode === kode);
  if (!s) throw new Error(kode);
  return s;
}

describe("paket PermenPANRB 88/2021 yang dikirim", () => {
  it("memuat 4 komponen, 12 sub-komponen berbobot seperti regulations.md §3.1 dan 80 kriteria", async () => {
    const paket = await bacaPaketLke();
    expect(paket.id).toBe("permenpanrb-88-2021-pemda");
    expect(paket.versi).toBe(1);
    expect(paket.skalaPredikat).toBe("lke-88-2021");
    expect(paket.komponen.map((k) => [k.kode, keString(k.bobot)])).toEqual([
      ["1", "30"],
      ["2", "30"],
      ["3", "15"],
      ["4", "25"],
    ]);
    const subs = paket.komponen.flatMap((k) => k.subKomponen);
    expect(subs.map((s) => [s.kode, keString(s.bobot), s.kriteria.length])).toEqual([
      ["1.a", "6", 6],
      ["1.b", "9", 11],
      ["1.c", "15", 8],
      ["2.a", "6", 3],
      ["2.b", "9", 7],
      ["2.c", "15", 10],
      ["3.a", "3", 6],
      ["3.b", "4.5", 9],
      ["3.c", "7.5", 7],
      ["4.a", "5", 3],
      ["4.b", "7.5", 5],
      ["4.c", "12.5", 5],
    ]);
    // 20/30/50 of each komponen (keberadaan/kualitas/pemanfaatan).
    expect(subs.map((s) => s.perspektif)).toEqual(
      Array.from({ length: 4 }, () => ["keberadaan", "kualitas", "pemanfaatan"]).flat(),
    );
    expect(paket.kriteriaPerKode.size).toBe(80);
    // Codes are the sub-komponen code and 1…n in order: 1.a.1 … 1.a.6, 1.b.1 … 1.b.11, …
    for (const s of subs)
      expect(s.kriteria.map((k) => k.kode)).toEqual(s.kriteria.map((_, i) => `${s.kode}.${i + 1}`));
    expect(paket.kriteriaPerKode.get("1.c.4")?.kriteria.teks).toBe(
      "Rencana aksi kinerja dapat berjalan dinamis karena capaian kinerja selalu dipantau secara berkala.",
    );
    expect(paket.kriteriaPerKode.get("1.b.10")?.subKomponen.kode).toBe("1.b");
  });

  it("skala jawaban AA 100 · A 90 · BB 80 · B 70 · CC 60 · C 50 · D 30 · E 0 (decisions.md)", async () => {
    const paket = await bacaPaketLke();
    expect(paket.skalaJawaban.map((j) => `${j.kode} ${keString(j.persen)}`)).toEqual([
      "AA 100",
      "A 90",
      "BB 80",
      "B 70",
      "CC 60",
      "C 50",
      "D 30",
      "E 0",
    ]);
  });

  it("kriteria yang teksnya disingkat sumber diberi catatan, dan '…' hanya ada pada kriteria bercatatan", async () => {
    const paket = await bacaPaketLke();
    for (const { kriteria } of paket.kriteriaPerKode.values()) {
      if (kriteria.teks.includes("…")) expect(kriteria.catatanSumber, kriteria.kode).toMatch(/disingkat/);
    }
  });
});

describe("paket yang ditolak", () => {
  function pesan(f: () => unknown, bidang = "paket"): string {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(GalatTerukur);
      expect((e as GalatTerukur).bidang).toBe(bidang);
      return (e as Error).message;
    }
    throw new Error("paket tidak ditolak");
  }

  it("bobot sub-komponen berjumlah 99 (1.a 6 → 5)", () => {
    const m = pesan(
      paketDiubah((p) => {
        sub(p, "1.a").bobot = "5";
      }),
    );
    expect(m).toContain("uji.json: Paket LKE permenpanrb-88-2021-pemda ditolak");
    expect(m).toContain("Jumlah bobot sub-komponen harus tepat 100, bukan 99.");
    expect(m).toContain("Bobot komponen 1 (30) tidak sama dengan jumlah bobot sub-komponennya (29).");
  });

  it("bobot berjumlah 99,9 (3.b 4.5 → 4.4) ditolak; tidak ada pembulatan", () => {
    const m = pesan(
      paketDiubah((p) => {
        sub(p, "3.b").bobot = "4.4";
      }),
    );
    expect(m).toContain("bukan 99,9.");
  });

  it("bobot komponen berjumlah 100 tetapi sub-komponennya tidak", () => {
    const m = pesan(
      paketDiubah((p) => {
        sub(p, "1.a").bobot = "7";
        sub(p, "2.a").bobot = "5";
      }),
    );
    expect(m).not.toContain("Jumlah bobot sub-komponen");
    expect(m).toContain("Bobot komponen 1 (30) tidak sama dengan jumlah bobot sub-komponennya (31).");
    expect(m).toContain("Bobot komponen 2 (30) tidak sama dengan jumlah bobot sub-komponennya (29).");
  });

  it("bobot ditulis sebagai angka JSON dijumlah tepat (0.1 + 0.2 tidak menjadi 0.30000000000000004)", () => {
    const ubah = paketDiubah((p) => {
      sub(p, "1.a").bobot = 5.7;
      sub(p, "1.b").bobot = 0.1;
      sub(p, "1.c").bobot = 24.2;
    });
    expect(ubah().komponen[0]?.subKomponen.map((s) => keString(s.bobot))).toEqual(["5.7", "0.1", "24.2"]);
    const float = paketDiubah((p) => {
      sub(p, "1.a").bobot = 0.1;
      sub(p, "1.b").bobot = 0.2;
      sub(p, "1.c").bobot = 29.7;
    });
    expect(float().komponen[0]?.subKomponen.map((s) => keString(s.bobot))).toEqual(["0.1", "0.2", "29.7"]);
  });

  it("kriteria yatim: sub-komponennya tidak ada", () => {
    const m = pesan(
      paketDiubah(
        (p) => void p.kriteria.push({ kode: "9.z.1", subKomponen: "9.z", teks: "Kriteria tanpa induk." }),
      ),
    );
    expect(m).toContain('Kriteria 9.z.1 menunjuk sub-komponen "9.z" yang tidak ada (yatim).');
  });

  it("sub-komponen yatim dan kode kriteria yang tidak diawali kode sub-komponennya", () => {
    const m = pesan(
      paketDiubah((p) => {
        sub(p, "4.c").komponen = "5";
        const k = p.kriteria.find((x) => x.kode === "1.a.6");
        if (k) k.subKomponen = "1.b";
      }),
    );
    expect(m).toContain('Sub-komponen 4.c menunjuk komponen "5" yang tidak ada (yatim).');
    expect(m).toContain('Kode kriteria 1.a.6 harus diawali kode sub-komponennya "1.b.".');
  });

  it("kode berulang: kriteria, sub-komponen, jawaban", () => {
    const m = pesan(
      paketDiubah((p) => {
        p.kriteria.push({ kode: "1.a.1", subKomponen: "1.a", teks: "Salinan." });
        p.skalaJawaban.splice(1, 0, { kode: "AA", persen: "95" });
      }),
    );
    expect(m).toContain("Kode kriteria berulang: 1.a.1.");
    expect(m).toContain("Kode jawaban berulang: AA.");
  });

  it("sub-komponen tanpa kriteria", () => {
    const m = pesan(
      paketDiubah((p) => {
        p.kriteria = p.kriteria.filter((k) => k.subKomponen !== "2.a");
      }),
    );
    expect(m).toContain("Sub-komponen 2.a tidak memiliki kriteria; nilainya tidak dapat dihitung.");
  });

  it.each([
    [
      "tanpa E (tidak sampai 0 %)",
      (p: Mentah) => void p.skalaJawaban.pop(),
      "Skala jawaban tidak lengkap: jawaban terakhir harus bernilai 0 %, bukan 30 %.",
    ],
    [
      "tanpa AA (tidak sampai 100 %)",
      (p: Mentah) => void p.skalaJawaban.shift(),
      "Skala jawaban tidak lengkap: jawaban pertama harus bernilai 100 %, bukan 90 %.",
    ],
    [
      "hanya satu jawaban",
      (p: Mentah) => {
        p.skalaJawaban = [{ kode: "AA", persen: "100" }];
      },
      "Skala jawaban tidak lengkap: paling sedikit dua jawaban (100 % dan 0 %).",
    ],
    [
      "tidak menurun (B sama dengan BB)",
      (p: Mentah) => {
        (p.skalaJawaban[3] as { persen: string }).persen = "80";
      },
      "Skala jawaban harus menurun tegas: B tidak lebih rendah dari jawaban sebelumnya.",
    ],
  ])("skala jawaban %s", (_, ubah, harap) => {
    expect(pesan(paketDiubah(ubah))).toContain(harap);
  });

  it("skala predikat yang tidak dikenal", () => {
    const m = pesan(
      paketDiubah((p) => {
        p.skalaPredikat = "lke-2030";
      }),
    );
    expect(m).toContain('Skala predikat "lke-2030" tidak dikenal; yang dikenal: lke-88-2021.');
  });

  it("bentuk berkas salah: bobot berkoma, format hilang, bukan JSON", () => {
    expect(
      pesan(
        paketDiubah((p) => {
          sub(p, "3.b").bobot = "4,5";
        }),
        "subKomponen.7.bobot",
      ),
    ).toBe(
      'uji.json: subKomponen.7.bobot: Bobot sub-komponen harus angka desimal ≥ 0 dengan titik, mis. "4.5"',
    );
    expect(pesan(() => uraiPaketLke("{}", "kosong.json"), "format")).toBe(
      'kosong.json: format: format harus "terukur-paket-lke"',
    );
    expect(pesan(() => uraiPaketLke("{ bukan json", "rusak.json"))).toMatch(
      /^Paket LKE rusak\.json bukan JSON yang sah: /,
    );
  });

  it("berkas yang tidak ada", async () => {
    await expect(bacaPaketLke("/tidak/ada/paket.json")).rejects.toMatchObject({
      jenis: "tidak_ditemukan",
      message: "Berkas paket LKE tidak dapat dibaca: /tidak/ada/paket.json",
    });
  });
});
