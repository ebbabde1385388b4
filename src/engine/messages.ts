import type { Level, LevelSetting, MessageSpec } from "./types.js";

/** Fills `{{name}}` placeholders; unknown ones are left visible so tests can catch them. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

const LOWER: Record<Level, Level> = { error: "warn", warn: "info", info: "info" };

/** The level of one message: the pack's level for the rule, adjusted by the message's tier. */
export function levelFor(setting: LevelSetting, spec: MessageSpec | undefined): LevelSetting {
  if (setting === "off") return "off";
  if (spec?.tier === "lower") return LOWER[setting];
  if (spec?.tier === "info") return "info";
  return setting;
}
