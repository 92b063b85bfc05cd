import { keberhasilanScale, permendagri86Scale, serializePredikatScale } from "@/lib/calc/predikat";
import { type CalcSettings, calcSettingsSchema } from "@/lib/calc/settings";
import { formatFigure } from "@/lib/format";
import { z } from "@/lib/inputs/zod";
import { parseIndonesianDecimal } from "@/lib/parse/indonesian-number";

export const updateCalcSettingsInput = z.object({ settings: calcSettingsSchema });

/** The predicate scales an administrator chooses from. */
export const predikatPresets = { permendagri86: permendagri86Scale, keberhasilan: keberhasilanScale };
type Preset = keyof typeof predikatPresets;

/** A percentage typed the Indonesian way ("90,5"), as the plain decimal the settings store ("90.5"). */
function toPercent(text: string, ctx: z.RefinementCtx): string {
  const result = parseIndonesianDecimal(text, { allowNegative: true });
  if (result.ok) return result.value.toString();
  ctx.addIssue({ code: "custom", message: result.message });
  return z.NEVER;
}
const percentText = z.string().transform(toPercent);
const optionalPercentText = z
  .string()
  .transform((text, ctx) => (text.trim() === "" ? null : toPercent(text, ctx)));

/**
 * The administrator's settings form: the predicate scale by name, the plausible capaian band and the
 * capaian cap (empty: none) typed the Indonesian way, and the days after a quarter's end its realisasi is due. Its output is `updateCalcSettingsInput`, whose
 * calcSettingsSchema checks the band and the cap on the server.
 */
export const calcSettingsForm = z
  .object({
    preset: z.enum(Object.keys(predikatPresets) as [Preset, ...Preset[]]),
    min: percentText,
    max: percentText,
    cap: optionalPercentText,
    deadlineDays: z
      .string()
      .trim()
      .regex(/^\d{1,2}$/, "Isi jumlah hari (0–90), tanpa koma"),
    rencanaAksiBand: percentText,
  })
  .transform(
    ({ preset, min, max, cap, deadlineDays, rencanaAksiBand }): z.input<typeof updateCalcSettingsInput> => ({
      settings: {
        predikatScale: serializePredikatScale(predikatPresets[preset]),
        plausibleCapaian: { min, max },
        capaianCap: cap,
        entryDeadlineDays: Number(deadlineDays),
        rencanaAksiBand,
      },
    }),
  );

/** The form's starting values: the region's settings as the administrator types them ("90,5"). */
export function calcSettingsFormValues(settings: CalcSettings): z.input<typeof calcSettingsForm> {
  const preset = (Object.keys(predikatPresets) as Preset[]).find(
    (key) => predikatPresets[key].name === settings.predikatScale.name,
  );
  return {
    preset: preset ?? "permendagri86",
    min: formatFigure(settings.plausibleCapaian.min),
    max: formatFigure(settings.plausibleCapaian.max),
    cap: settings.capaianCap === null ? "" : formatFigure(settings.capaianCap),
    deadlineDays: String(settings.entryDeadlineDays),
    rencanaAksiBand: formatFigure(settings.rencanaAksiBand),
  };
}
