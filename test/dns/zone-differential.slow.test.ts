// Differential test against BIND: for tricky but valid zone files, the records maildns reads are the
// records `named-checkzone -D` prints (bind9-utils; `.ci/services.sh start checkzone` installs it and
// prints MAILDNS_TEST_NAMED_CHECKZONE). Compared as sets of presentation lines: owner, TTL, type, data.
//
// Where the two differ by design the cases stay out, with the reason:
// - an RRset whose records have different TTLs: BIND keeps the first TTL, maildns serves the lowest, as
//   RFC 2181 §5.2 tells a client to;
// - out-of-zone data: BIND ignores it ("ignoring out-of-zone data"), maildns keeps absolute names, so a
//   folder of zones can be one file; the comparison keeps maildns's records at or below the origin;
// - non-ASCII UTF-8 in names: maildns reads it as IDNA A-labels (RFC 5891 §4), BIND as raw octets;
// - $INCLUDE of a file in another folder than the zone file: BIND reads relative to its working directory,
//   maildns relative to the including file (the cases include from the zone file's own folder);
// - generic data (\#) of a type maildns does not read (CAA...): BIND prints the type's own form.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { isAtOrBelow } from "../../src/dns/names.js";
import { loadZones } from "../../src/dns/zone-source.js";
import type { ZoneRecord } from "../../src/dns/types.js";
import { requireService } from "../helpers/services.js";

const CHECKZONE = requireService("MAILDNS_TEST_NAMED_CHECKZONE", "named-checkzone from bind9-utils (`.ci/services.sh start checkzone`)");
const OVH_EXPORT = readFileSync(new URL("../fixtures/ovh-export/zone-export.txt", import.meta.url), "utf8");
const HEAD = "$TTL 3600\n@ SOA ns1.example.com. host\\.master.example.com. ( 2026010101 7200 3600 1209600 300 )\n@ NS ns1\nns1 A 192.0.2.53\n";

interface Case {
  origin: string;
  files: Record<string, string>;
}

const CASES: Record<string, Case> = {
  "OVH control-panel export (no $ORIGIN, blank owners)": { origin: "example.fr", files: { "zone.txt": OVH_EXPORT } },
  "escaped characters and \\DDD in labels": {
    origin: "example.com",
    files: {
      "zone.txt": `${HEAD}a\\.b A 192.0.2.1
\\065\\066 A 192.0.2.2
x\\032y A 192.0.2.3
q\\"\\;\\@\\$ A 192.0.2.4
\\046 A 192.0.2.5
under_score A 192.0.2.6
*.wild TXT "any"
m MX 10 mail\\.relay
s SRV 0 0 443 a\\.b
c CNAME \\065\\066
`,
    },
  },
  "TTL forms, class and TTL in either order, parentheses, comments, CRLF": {
    origin: "example.net",
    files: {
      "zone.txt": `$TTL 1h30m\r\n@ IN SOA ns1 hostmaster ( 1 ; serial\r\n  2h 1h ; timers\r\n  1W 5m )\r\n@ NS ns1\r\nns1 1d IN A 192.0.2.53\r\nw IN 2d A 192.0.2.1\r\nIN-owner 300 A 192.0.2.2\r\n  TXT ( "multi"\r\n   "line" ) ; after\r\nUPPER.Example.NET. MX 0 Mail.Example.NET.\r\n`,
    },
  },
  "RFC 1035 TTLs without $TTL: the last TTL given": {
    origin: "example.org",
    files: { "zone.txt": "@ 300 SOA ns h 1 1 1 1 120\n@ NS ns\nns A 192.0.2.1\na 100 A 192.0.2.2\nb A 192.0.2.3\nc 50 TXT x\nd MX 1 c\n" },
  },
  "TXT quoting: escapes, unquoted words, empty and 255-octet strings, UTF-8 text": {
    origin: "example.com",
    files: {
      "zone.txt": `${HEAD}@ TXT "v=spf1 include:mx.ovh.com -all"
t1 TXT "a\\"b" "c\\\\d" "\\059\\032e" "tab\\tx"
t2 TXT v=spf1 -all two\\ words
t3 TXT ""
t4 TXT "${"x".repeat(255)}" "tail"
t5 TXT "café \\195\\169"
t6 TXT ( "v=DKIM1; k=rsa; "
         "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" )
_dmarc TXT "v=DMARC1; p=none; rua=mailto:d@example.com"
`,
    },
  },
  "RFC 3597 generic types and data": {
    origin: "example.com",
    files: {
      "zone.txt": `${HEAD}t TYPE16 \\# 6 05 68656c6c6f
a TYPE1 \\# 4 C0000201
m TYPE15 \\# 20 000a 046d61696c 076578616d706c65 03636f6d 00
s TYPE33 \\# 11 0000 0000 03e1 03737276 00
v6 TYPE28 \\# 16 20010db8000000000000000000000001
spf TYPE99 \\# 12 0b763d73706631202d616c6c
x TXT \\# 8 03616263 03646566
w TYPE16 "plain"
z TYPE65280 \\# 3 0a0bff
e TYPE65281 \\# 0
`,
    },
  },
  "$GENERATE: modifiers, bases, steps, literal dollars": {
    origin: "example.com",
    files: {
      "zone.txt": `${HEAD}$GENERATE 1-3 host$ A 192.0.2.$
$GENERATE 1-5/2 g$ 300 IN A 192.0.2.$
$GENERATE 1-2 h$ IN 301 A 192.0.2.\${0}
$GENERATE 254-255 d\${0,5,x} CNAME t\${-250,3,o}
$GENERATE 10-11 b\${0,3,N} A 192.0.2.1
$GENERATE 16-16 i\${0,7,n} A 192.0.2.1
$GENERATE 7-8 t$ TXT "v=$ \\$ $$"
$GENERATE 0-2 r\${0,0,X} PTR host$.example.com.
`,
    },
  },
  "$INCLUDE with and without an origin, $ORIGIN changes, @ after them": {
    origin: "example.com",
    files: {
      "zone.txt": `${HEAD}$INCLUDE mail.inc
  TXT "after the include"
$INCLUDE sub.inc shop
$ORIGIN dept
@ MX 5 mx
$ORIGIN example.com.
last A 192.0.2.9
$INCLUDE parts/deep.inc
`,
      "mail.inc": "$TTL 120\n@ MX 10 mx\nmx A 192.0.2.25\n",
      "sub.inc": "www A 192.0.2.80\n@ TXT shop\n",
      "parts/deep.inc": "deep AAAA 2001:DB8:0:0:0:0:0:1\n",
    },
  },
};

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function writeCase(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), "maildns-diff-"));
  made.push(dir);
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** A character-string as BIND prints it: quoted, `"` and `\` escaped, octets outside printable ASCII as \DDD. */
function bindString(text: string): string {
  let out = '"';
  for (const byte of Buffer.from(text, "utf8")) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${String(byte).padStart(3, "0")}`;
  }
  return `${out}"`;
}

/** Types whose data holds names: compared without case (RFC 4343), as BIND keeps the case written. */
const NAME_TYPES = new Set(["NS", "CNAME", "PTR", "DNAME", "MX", "SRV", "SOA"]);

function maildnsLine(record: ZoneRecord): string {
  const data = record.type === "TXT" || record.type === "SPF" ? (record.strings ?? [record.value]).map(bindString).join(" ") : record.value;
  return `${record.name === "" ? "." : `${record.name}.`} ${record.ttl} ${record.type} ${NAME_TYPES.has(record.type) ? data.toLowerCase() : data}`;
}

function bindLines(output: string): string[] {
  const lines: string[] = [];
  for (const line of output.split("\n")) {
    const match = /^(\S+)\s+(\d+)\s+IN\s+(\S+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const [, owner, ttl, type, data] = match;
    lines.push(`${owner!.toLowerCase()} ${ttl} ${type} ${NAME_TYPES.has(type!) ? data!.toLowerCase() : data}`);
  }
  return lines;
}

describe("zone files: maildns reads what named-checkzone -D prints", () => {
  for (const [title, c] of Object.entries(CASES)) {
    test(title, async () => {
      const dir = writeCase(c);
      const file = join(dir, "zone.txt");
      // Checks that would refuse these test zones for reasons unrelated to their syntax are off.
      const output = execFileSync(CHECKZONE, ["-D", "-o", "-", "-i", "none", "-k", "ignore", "-n", "ignore", "-M", "ignore", "-S", "ignore", "-T", "ignore", "-W", "ignore", c.origin, file], {
        cwd: dir,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 20_000,
      });
      const expected = [...new Set(bindLines(output))].sort();
      expect(expected.length).toBeGreaterThan(3);

      const loaded = await loadZones([file], { origin: c.origin });
      expect(loaded.errors).toEqual([]);
      const actual = [...new Set(loaded.records.filter((r) => isAtOrBelow(r.name, c.origin)).map(maildnsLine))].sort();
      expect(actual).toEqual(expected);
    });
  }
});
