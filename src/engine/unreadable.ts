// Reported by the engine itself when a domain file cannot be read (a FIFO, a socket or a device named
// *.yaml, a symbolic link that leads nowhere or back to itself, a file the user may not read, a folder that
// cannot be listed): the file gets the finding, and every other file is still linted and reported ("collect,
// don't bail"). Its level is always error, whatever the pack says: a file that was not read is a domain
// nobody checked, and the Pulumi program and `adopt` refuse to run on any error, so such a domain never
// silently drops out of the program (where `pulumi up` would delete its records).
import { fillTemplate } from "./messages.js";
import { defineRule, type Finding } from "./types.js";

export const UNREADABLE = "file-unreadable";

/** Folders followed below a path given, symbolic links to folders included, before the walk stops. */
export const MAX_FOLDER_DEPTH = 16;

/**
 * Folder entries looked at below the paths given, through links to folders too, before a walk refuses to go
 * on: a stack of 50,000 domain files (the benchmark's largest) has about a quarter as many, and a link to `/`
 * or a home folder would otherwise walk the whole file system. The Action's search for links leaving the
 * workspace stops at the same bound.
 */
export const MAX_ENTRIES_WALKED = 200_000;

/** file-unreadable: defined here because the engine reports it; src/rules/ lists it with the other rules. */
export const unreadableRule = defineRule({
  meta: {
    id: UNREADABLE,
    area: "lint",
    description: "Every domain file found can be read: a regular file (or a symbolic link to one) that the user running maildns may read; so can the DMARC evidence file beside them.",
    references: ["maildns README, Exit codes (a file that cannot be read is never skipped)"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notRegular: { text: "is {{kind}}, not a domain file: it was not checked (the other files were); replace it with a regular file or remove it" },
      brokenLink: { text: "is a symbolic link to {{target}}, which does not exist: it was not checked (the other files were); fix the link or remove it" },
      linkLoop: { text: "is a symbolic link that leads back to itself: it was not checked (the other files were); fix the link or remove it" },
      cannotRead: { text: "cannot be read ({{code}}): it was not checked (the other files were); let the user running maildns read it, or check the disk" },
      folderUnreadable: { text: "is a folder that cannot be listed ({{code}}): its domain files were not checked (the other files were); let the user running maildns list it" },
      tooDeep: { text: "is a folder more than {{max}} levels below the path given (through folders or symbolic links to folders): its domain files were not checked; keep stacks shallower or check for a chain of links" },
      evidenceUnreadable: {
        text: "the DMARC evidence file cannot be read: {{detail}}; the domains beside it were checked as if it were absent (the other files as usual): make it a regular file the user running maildns may read, run `maildns reports evidence` again to write it, or remove it",
      },
    },
    fix: "Replace the entry with a regular, readable domain file (or remove it); a link must lead to one.",
  },
});

export type UnreadableMessage = "notRegular" | "brokenLink" | "linkLoop" | "cannotRead" | "folderUnreadable" | "tooDeep";

/** Why a domain file (or a folder of them) could not be read: the finding-to-be. */
export interface FileProblem {
  messageId: UnreadableMessage;
  data: Readonly<Record<string, string | number>>;
}

/** The sentence for commands that refuse to run without every file (`reports`, the Action's `audit`). */
export function unreadableSentence(display: string, problem: FileProblem): string {
  return `${display}: ${fillTemplate(unreadableRule.meta.messages[problem.messageId]!.text, problem.data)}`;
}

/**
 * Why a file that could not be read stops an apply (the Pulumi program, `adopt`), when one could not: its
 * domain is missing from the run, and `pulumi up` deletes the records of a domain the program no longer
 * declares. Empty when every file was read.
 */
export function unreadableNote(findings: readonly Finding[]): string[] {
  const unread = findings.filter((f) => f.ruleId === UNREADABLE).length;
  if (unread === 0) return [];
  return [`${unread === 1 ? "1 domain file or folder" : `${unread} domain files or folders`} could not be read: the domains in them are unknown, and applying without them would delete their records.`];
}
