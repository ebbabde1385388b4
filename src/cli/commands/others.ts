// Every command but `lint`, in one module that commands/index.ts imports when one of them runs (one
// chunk set rather than one per command: each module file a start loads costs its own resolution and
// instantiation).
export { adoptCommand } from "./adopt.js";
export { auditCommand } from "./audit.js";
export { doctorCommand } from "./doctor.js";
export { explainCommand } from "./explain.js";
export { importCommand } from "./import.js";
export { initCommand } from "./init.js";
export { planCommand } from "./plan.js";
export { reportsCommand } from "./reports.js";
export { rollbackCommand } from "./rollback.js";
export { rulesCommand } from "./rules.js";
