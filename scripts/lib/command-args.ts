import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "@/lib/inputs/zod";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's arguments checked by `schema`. `positional` names the one argument given without a flag (the
 * import's file). Anything wrong is said in Indonesian on stderr and ends the process with code 2.
 */
export function parseCommandArgs<Schema extends z.ZodType>(
  schema: Schema,
  options: Options,
  { positional }: { positional?: string } = {},
): z.output<Schema> {
  let values: Record<string, unknown>;
  try {
    const parsed = parseArgs({ options, allowPositionals: positional !== undefined });
    values = { ...parsed.values, ...(positional && { [positional]: parsed.positionals[0] }) };
  } catch {
    const known = Object.keys(options).map((name) => `--${name}`);
    console.error(`Argumen tidak dikenali. Pilihan perintah ini: ${known.join(", ")}.`);
    process.exit(2);
  }
  const args = schema.safeParse(values);
  if (!args.success) {
    console.error(args.error.issues.map((issue) => issue.message).join("\n"));
    process.exit(2);
  }
  return args.data;
}
