// The colours of text output (picocolors). Whether a stream gets colour is the caller's decision (the CLI
// asks per stream, see src/cli/color.ts); formatters only receive yes or no.
import pc from "picocolors";

export type Palette = ReturnType<typeof pc.createColors>;

/** picocolors' functions, or identities when colour is off. */
export function palette(enabled: boolean | undefined): Palette {
  return pc.createColors(enabled === true);
}
