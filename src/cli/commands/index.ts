import type { Command } from "../command.js";
import { adoptCommand } from "./adopt.js";
import { auditCommand } from "./audit.js";
import { doctorCommand } from "./doctor.js";
import { explainCommand } from "./explain.js";
import { importCommand } from "./import.js";
import { initCommand } from "./init.js";
import { lintCommand } from "./lint.js";
import { planCommand } from "./plan.js";
import { reportsCommand } from "./reports.js";
import { rollbackCommand } from "./rollback.js";
import { rulesCommand } from "./rules.js";

export const commands: readonly Command[] = [lintCommand, planCommand, auditCommand, importCommand, rulesCommand, doctorCommand, explainCommand, adoptCommand, rollbackCommand, initCommand, reportsCommand];
