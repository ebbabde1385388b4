// BIND's $GENERATE directive: `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`, one record per
// value of the range, "$" in lhs and rhs replaced by the value, "${offset,width,base}" formatted (bases d,
// o, x, X, and n/N for reversed nibble labels), "\$" and "$$" a literal dollar. As the BIND 9
// Administrator Reference Manual ("The $GENERATE Directive") describes it and named-checkzone reads it.

/** Records one $GENERATE may create: a /16 of PTR records, and no more (a hostile range cannot exhaust memory). */
export const MAX_GENERATED = 65536;

export interface GenerateRange {
  start: number;
  stop: number;
  step: number;
}

const MAX_VALUE = 2 ** 31 - 1;

/** `start-stop` or `start-stop/step`; a message when it is not one. */
export function parseRange(text: string): GenerateRange | string {
  const match = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(text);
  if (!match) return `"${text}" is not a $GENERATE range: write START-STOP or START-STOP/STEP`;
  const [start, stop, step] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (start > MAX_VALUE || stop > MAX_VALUE || step > MAX_VALUE) return `$GENERATE range values go up to ${MAX_VALUE}`;
  if (start > stop) return `$GENERATE range ${text} starts after it stops`;
  if (step === 0) return "$GENERATE step must be at least 1";
  const count = Math.floor((stop - start) / step) + 1;
  if (count > MAX_GENERATED) return `$GENERATE ${text} would create ${count} records; at most ${MAX_GENERATED} per directive`;
  return { start, stop, step };
}

function nibbles(value: number, width: number, upper: boolean): string {
  const hex = (value < 0 ? 0 : value).toString(16);
  const digits = (upper ? hex.toUpperCase() : hex).split("").reverse();
  // The labels go on with zeros ("a.0.0.0" for 10), cut to the width, separators included.
  const length = Math.max(width, digits.length * 2 - 1);
  let text = digits.join(".");
  while (text.length < length) text += ".0";
  return text.slice(0, length);
}

function formatValue(value: number, width: number, base: string): string {
  if (base === "n" || base === "N") return nibbles(value, width, base === "N");
  const radix = base === "o" ? 8 : base === "x" || base === "X" ? 16 : 10;
  let digits = Math.abs(value).toString(radix);
  if (base === "X") digits = digits.toUpperCase();
  const sign = value < 0 ? "-" : "";
  return sign + digits.padStart(Math.max(0, width - sign.length), "0");
}

/** A template with each "$" replaced by `value`; a message when a "${...}" modifier is malformed. */
export function substitute(template: string, value: number): string | { error: string } {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === "\\" && i + 1 < template.length) {
      // Escapes stay as written: the generated line is read again as master-file text.
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch !== "$") {
      out += ch;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "\\$";
      i++;
      continue;
    }
    if (template[i + 1] !== "{") {
      out += String(value);
      continue;
    }
    const close = template.indexOf("}", i + 2);
    const modifier = close < 0 ? null : /^(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(template.slice(i + 2, close));
    if (!modifier) return { error: `"${template}": a $GENERATE modifier is \${offset[,width[,base]]} with base d, o, x, X, n or N` };
    const width = modifier[2] === undefined ? 0 : Number(modifier[2]);
    if (width > 255) return { error: `"${template}": a $GENERATE width goes up to 255` };
    out += formatValue(value + Number(modifier[1]), width, modifier[3] ?? "d");
    i = close;
  }
  return out;
}
