import { figureTokenHelp } from "@/lib/calc/figure-tokens";

/** The figure tokens a narrative may use, with what each prints for this OPD-year now (lkipFigures). */
export function NarrativeTokenHelp({ tokens }: { tokens: ReadonlyMap<string, string> }) {
  const example = (token: string) => tokens.get(token.slice(1, -1));
  return (
    <details className="rounded-lg border border-slate-200 p-4 text-sm" data-testid="narrative-tokens">
      <summary className="cursor-pointer font-medium">Angka otomatis dalam narasi (token)</summary>
      <p className="mt-2 text-slate-600">
        Tulis token, bukan angka: laporan mencetak angka terhitung saat dokumen dibuat, dan pratinjau
        menunjukkan angka itu. Teks dengan token yang tidak dikenal tidak dapat disimpan. Persentase atau
        nilai rupiah yang diketik sendiri dan tidak sama dengan angka mana pun tahun ini menjadi peringatan,
        di penyunting dan pada pemeriksaan data.
      </p>
      <table className="mt-2 w-full text-left">
        <tbody>
          {figureTokenHelp.map(({ token, meaning }) => (
            <tr key={token} className="border-t border-slate-100">
              <td className="py-1 pr-3 font-mono text-xs">{token}</td>
              <td className="py-1 pr-3">{meaning}</td>
              <td className="py-1 text-slate-600">{example(token) ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
