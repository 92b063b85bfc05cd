import { Text, View } from "@react-pdf/renderer";
import type { ComponentProps } from "react";

/**
 * Text of several lines, one Text per line: a "\n" inside a react-pdf Text is drawn with a fallback
 * glyph from Helvetica, a font the PDF does not embed.
 */
export function Lines({ text, style }: { text: string; style?: ComponentProps<typeof View>["style"] }) {
  return (
    <View style={style}>
      {text.split("\n").map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </View>
  );
}
