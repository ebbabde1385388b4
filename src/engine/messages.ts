import type { Level, LevelSetting, MessageSpec } from "./types.js";

/**
 * A template cut at its placeholders, once: [text, placeholder, key, text, placeholder, key, …, text].
 * Templates are the rules' messages, a fixed set; the bound only guards against unexpected callers.
 */
const cutTemplates = new Map<string, string[]>();
const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;

/** Fills `{{name}}` placeholders; unknown ones are left visible so tests can catch them. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  let parts = cutTemplates.get(template);
  if (!parts) {
    if (cutTemplates.size >= 4096) cutTemplates.clear();
    cutTemplates.set(template, (parts = template.split(PLACEHOLDER)));
  }
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1]!;
    text += (key in data ? String(data[key]) : parts[i]!) + parts[i + 2]!;
  }
  return text;
}

const LOWER: Record<Level, Level> = { error: "warn", warn: "info", info: "info" };

/** The level of one message: the pack's level for the rule, adjusted by the message's tier. */
export function levelFor(setting: LevelSetting, spec: MessageSpec | undefined): LevelSetting {
  if (setting === "off") return "off";
  if (spec?.tier === "lower") return LOWER[setting];
  if (spec?.tier === "info") return "info";
  return setting;
}
