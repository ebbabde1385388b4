import type { Command } from "../command.js";
import { lintCommand } from "./lint.js";
import { rulesCommand } from "./rules.js";

export const commands: readonly Command[] = [lintCommand, rulesCommand];
