import type { Command } from "../command.js";
import { adoptCommand } from "./adopt.js";
import { doctorCommand } from "./doctor.js";
import { explainCommand } from "./explain.js";
import { lintCommand } from "./lint.js";
import { rulesCommand } from "./rules.js";

export const commands: readonly Command[] = [lintCommand, rulesCommand, doctorCommand, explainCommand, adoptCommand];
