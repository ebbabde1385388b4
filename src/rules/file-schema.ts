// Reported by the loader or the engine itself, not by a check of its own: this module holds its metadata.
import { defineRule } from "../engine/types.js";

export default defineRule({
  meta: {
    id: "file-schema",
    area: "lint",
    description: "The file follows the domain file schema: known keys, right types, allowed values. The DMARC evidence file beside domain files holds what `maildns reports evidence` writes.",
    references: ["src/schema/domain.schema.json"],
    defaultLevel: "error",
    kind: "file",
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      unknownKey: { text: "unknown key \"{{key}}\" in {{where}}: {{hint}}" },
      type: { text: "{{where}} must be {{expected}}" },
      enum: { text: "{{where}} must be one of: {{allowed}}" },
      required: { text: "{{where}} needs \"{{key}}\"" },
      invalid: { text: "{{where}} {{detail}}" },
      notMapping: { text: "a domain file is a mapping with at least \"domain:\" (e.g. domain: example.com)" },
      badDomain: { text: "\"{{domain}}\" is not a usable domain name: write it like example.com (IDN accepted)" },
      droppedCharacter: {
        text: "{{where}} holds {{code}}, an invisible character IDNA removes without a word, so {{instead}} would be checked in its place: delete it (IDNA2008 disallows it in a label, RFC 5892)",
      },
      evidenceShape: {
        text: "not a DMARC evidence file as `maildns reports evidence` writes it ({{detail}}); the domains beside it were checked as if it were absent (the other files as usual): run that command again to write it, or fix or remove it",
      },
      refusedCharacter: {
        text: "{{where}} holds {{code}}, a character IDNA refuses in a host name (IDNA2008 disallows it, RFC 5892; a lookup refuses the label, RFC 5891 §5.4), so a mail client given it finds no server: delete it",
      },
    },
    fix: "Write the value the schema expects; editors complete it from the yaml-language-server modeline.",
  },
});
