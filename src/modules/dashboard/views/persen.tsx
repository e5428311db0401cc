import type { Desimal } from "../../../platform/decimal.ts";
import { formatPersen } from "../../../platform/number-format.ts";

/** A capaian or serapan as the store computed it: "96,42 %", or the reason it cannot be computed. */
export function Persen(props: {
  hasil: { status: "dihitung"; persen: Desimal } | { status: "tidak_dapat_dihitung"; alasan: string } | null;
  kosong: string;
}) {
  const h = props.hasil;
  if (!h) return <span class="redup">—</span>;
  return h.status === "dihitung" ? (
    <span>{formatPersen(h.persen)}</span>
  ) : (
    <span class="redup" title={h.alasan}>
      {props.kosong}
    </span>
  );
}
