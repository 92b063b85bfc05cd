import type { ComponentProps } from "react";
import { DATE_PLACEHOLDER } from "@/lib/parse/indonesian-date";

/**
 * A date typed the Indonesian way (31/01/2023), read by parseIndonesianDate on the server. Not the
 * browser's date input: that one draws its own order and words in the browser's language ("mm/dd/yyyy").
 */
export function DateInput(props: Omit<ComponentProps<"input">, "type">) {
  return <input type="text" autoComplete="off" placeholder={DATE_PLACEHOLDER} maxLength={10} {...props} />;
}
