import { expect, test } from "vitest";
import type { ObservedRRset, RecordSource, RRType } from "../../src/dns/types.js";
import { sharedAnswers, underAny } from "../../src/plan/scoped-source.js";

function countingSource(): RecordSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async lookup(name: string, type: RRType): Promise<ObservedRRset> {
      asked.push(`${name}/${type}`);
      return { name, type, status: "nodata", ttl: null, values: [] };
    },
  };
}

test("a domain's own names are asked once per check; shared names once per run; other checked domains are not cached across checks", async () => {
  const base = countingSource();
  const checked = underAny(new Set(["a.example", "b.example"]));
  const answers = sharedAnswers(base, checked);
  const a = answers.forDomain("a.example");
  const b = answers.forDomain("b.example");
  await a.lookup("_dmarc.A.example.", "TXT");
  await a.lookup("_dmarc.a.example", "TXT");
  await a.lookup("mx.ovh.com", "TXT");
  await b.lookup("mx.ovh.com", "TXT");
  await a.lookup("mail.b.example", "A");
  await a.lookup("mail.b.example", "A");
  await answers.forDomain("a.example").lookup("_dmarc.a.example", "TXT");
  expect(base.asked).toEqual(["_dmarc.a.example/TXT", "mx.ovh.com/TXT", "mail.b.example/A", "mail.b.example/A", "_dmarc.a.example/TXT"]);
});

test("underAny walks up the labels", () => {
  const under = underAny(new Set(["b.example"]));
  expect(under("x.y.b.example")).toBe(true);
  expect(under("b.example")).toBe(true);
  expect(under("ab.example")).toBe(false);
  expect(under("example")).toBe(false);
});
