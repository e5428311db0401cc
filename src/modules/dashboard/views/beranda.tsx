import { formatAngka, formatPersen, formatRupiah } from "../../../platform/number-format.ts";
import { Tata } from "../../../platform/ui/layout.tsx";
import type { Ringkasan } from "../ringkasan.schemas.ts";

type HasilPersen = Ringkasan["iku"][number]["capaian"];

function Persen(props: { hasil: HasilPersen }) {
  return props.hasil.status === "dihitung" ? (
    <span>{formatPersen(props.hasil.persen)}</span>
  ) : (
    <span class="redup" title={props.hasil.alasan}>
      tidak dapat dihitung
    </span>
  );
}

/** The read-only home page: the pemda's OPDs, then one OPD's IKU and budget for a year. */
export function HalamanBeranda(props: {
  pemda: { nama: string };
  daftarOpd: { kode: string; nama: string }[];
  ringkasan: Ringkasan | null;
  /** the OPD asked for in the address when it has no budget yet */
  tanpaData: { nama: string } | null;
}) {
  const r = props.ringkasan;
  return (
    <Tata judul={props.pemda.nama}>
      <h1>{props.pemda.nama}</h1>
      {props.tanpaData && (
        <section>
          <p class="kosong">Belum ada DPA dan data kinerja yang tercatat untuk {props.tanpaData.nama}.</p>
        </section>
      )}
      {r && (
        <>
          <h2>
            {r.opd.nama} · Tahun {r.tahun}
          </h2>
          <div class="kartu">
            <div>
              <span class="redup">Pagu anggaran (DPA {r.anggaran.dpa ?? "—"})</span>
              <b>{formatRupiah(BigInt(r.anggaran.total.pagu))}</b>
            </div>
            <div>
              <span class="redup">Realisasi anggaran</span>
              <b>{formatRupiah(BigInt(r.anggaran.total.realisasi))}</b>
            </div>
            <div>
              <span class="redup">Serapan</span>
              <b>
                <Persen hasil={r.anggaran.total.serapan} />
              </b>
            </div>
          </div>
          <section>
            <h2>Indikator Kinerja Utama</h2>
            <table class="susun">
              <thead>
                <tr>
                  <th>Sasaran</th>
                  <th>Indikator</th>
                  <th class="angka">Target</th>
                  <th class="angka">Realisasi</th>
                  <th class="angka">Capaian</th>
                  <th>Predikat</th>
                </tr>
              </thead>
              <tbody>
                {r.iku.map((i) => (
                  <tr>
                    <td data-label="Sasaran">{i.sasaran ?? "—"}</td>
                    <td data-label="Indikator">{i.indikator}</td>
                    <td class="angka" data-label="Target">
                      {i.target === null ? "—" : formatAngka(i.target)}
                    </td>
                    <td class="angka" data-label="Realisasi">
                      {i.realisasi === null ? "—" : formatAngka(i.realisasi)}
                    </td>
                    <td class="angka" data-label="Capaian">
                      <Persen hasil={i.capaian} />
                    </td>
                    <td class="predikat" data-label="Predikat">
                      {i.predikat ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="redup">Predikat menurut {r.skalaPredikat}.</p>
          </section>
          <section>
            <h2>Realisasi anggaran per program</h2>
            <table class="susun">
              <thead>
                <tr>
                  <th>Kode</th>
                  <th>Program</th>
                  <th class="angka">Pagu</th>
                  <th class="angka">Realisasi</th>
                  <th class="angka">Serapan</th>
                </tr>
              </thead>
              <tbody>
                {r.anggaran.program.map((p) => (
                  <tr>
                    <td data-label="Kode">{p.kode}</td>
                    <td data-label="Program">{p.nama}</td>
                    <td class="angka" data-label="Pagu">
                      {formatRupiah(BigInt(p.pagu))}
                    </td>
                    <td class="angka" data-label="Realisasi">
                      {formatRupiah(BigInt(p.realisasi))}
                    </td>
                    <td class="angka" data-label="Serapan">
                      <Persen hasil={p.serapan} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colspan={2}>Jumlah</td>
                  <td class="angka">{formatRupiah(BigInt(r.anggaran.total.pagu))}</td>
                  <td class="angka">{formatRupiah(BigInt(r.anggaran.total.realisasi))}</td>
                  <td class="angka">
                    <Persen hasil={r.anggaran.total.serapan} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </section>
        </>
      )}
      <section>
        <h2>Perangkat daerah</h2>
        <ul class="opd">
          {props.daftarOpd.map((o) => (
            <li>
              <a href={`/?opd=${encodeURIComponent(o.kode)}`}>{o.nama}</a>
            </li>
          ))}
        </ul>
      </section>
    </Tata>
  );
}
