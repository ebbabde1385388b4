import { expect, test } from "vitest";
import { loadZones } from "../../src/dns/index.js";
import { zoneMailDomains } from "../../src/plan/observation.js";
import { tempTree } from "../helpers/tmp.js";

const SOA = "$TTL 60\n@ SOA ns1 host 1 7200 3600 1209600 3600\n@ NS ns1\n";

test("a zone whose only mail record is a DMARC record with blanks around = is a mail domain, audited and imported (RFC 7489 §6.4)", async () => {
  const dir = tempTree({
    // `"v" *WSP "=" *WSP DMARC1` (RFC 7489 §6.4): receivers apply this policy.
    "spaced.example.zone": `${SOA}_dmarc TXT "v = DMARC1; p=reject"\n`,
    // Meant as DMARC (audit then reports the case, dmarc-v-first), and as SPF (spf-syntax reports the tab).
    "lower.example.zone": `${SOA}_dmarc TXT "v=dmarc1; p=reject"\n`,
    "tab.example.zone": `${SOA}@ TXT "v=spf1\\009-all"\n`,
    // Neither: a web zone with a verification token, skipped with its note.
    "web.example.zone": `${SOA}@ TXT "google-site-verification=x"\n_dmarc TXT "p=reject; v=DMARC1"\n`,
  });
  const { domains, notMail } = zoneMailDomains(await loadZones([dir]));
  expect([...domains].sort()).toEqual(["lower.example", "spaced.example", "tab.example"]);
  expect(notMail).toEqual(["web.example"]);
});
