// Resource-record type mnemonics and numbers, from IANA's "Resource Record (RR) TYPEs" registry (RFC 6895
// §3.1), and the RFC 3597 §5 form TYPEnnn for any type by its number. A zone file may only name a type
// this table knows or write it as TYPEnnn: an unknown mnemonic is an error, never a record kept as guessed.

const CODES: Readonly<Record<string, number>> = {
  A: 1, NS: 2, MD: 3, MF: 4, CNAME: 5, SOA: 6, MB: 7, MG: 8, MR: 9, NULL: 10, WKS: 11, PTR: 12, HINFO: 13,
  MINFO: 14, MX: 15, TXT: 16, RP: 17, AFSDB: 18, X25: 19, ISDN: 20, RT: 21, NSAP: 22, "NSAP-PTR": 23, SIG: 24,
  KEY: 25, PX: 26, GPOS: 27, AAAA: 28, LOC: 29, NXT: 30, EID: 31, NIMLOC: 32, SRV: 33, ATMA: 34, NAPTR: 35,
  KX: 36, CERT: 37, A6: 38, DNAME: 39, SINK: 40, OPT: 41, APL: 42, DS: 43, SSHFP: 44, IPSECKEY: 45, RRSIG: 46,
  NSEC: 47, DNSKEY: 48, DHCID: 49, NSEC3: 50, NSEC3PARAM: 51, TLSA: 52, SMIMEA: 53, HIP: 55, NINFO: 56,
  RKEY: 57, TALINK: 58, CDS: 59, CDNSKEY: 60, OPENPGPKEY: 61, CSYNC: 62, ZONEMD: 63, SVCB: 64, HTTPS: 65,
  DSYNC: 66, HHIT: 67, BRID: 68, SPF: 99, UINFO: 100, UID: 101, GID: 102, UNSPEC: 103, NID: 104, L32: 105,
  L64: 106, LP: 107, EUI48: 108, EUI64: 109, NXNAME: 128, TKEY: 249, TSIG: 250, IXFR: 251, AXFR: 252,
  MAILB: 253, MAILA: 254, ANY: 255, URI: 256, CAA: 257, AVC: 258, DOA: 259, AMTRELAY: 260, RESINFO: 261,
  WALLET: 262, CLA: 263, IPN: 264, TA: 32768, DLV: 32769,
};

const MNEMONICS = new Map<number, string>(Object.entries(CODES).map(([name, code]) => [code, name]));

/** Types that only exist in messages (RFC 6891 §6.1.1, RFC 8945, RFC 1995, RFC 5936, RFC 1035 §3.2.3): never in a zone. */
const META = new Set([41, 128, 249, 250, 251, 252, 253, 254, 255]);

export type TypeResult = { ok: true; type: string; code: number } | { ok: false; message: string };

/**
 * A type token from a zone file: its mnemonic (upper case) when the registry has one, else "TYPEnnn".
 * "TYPE16" reads as TXT (RFC 3597 §5).
 */
export function recordType(token: string): TypeResult {
  // A zone names a handful of types over and over: each token is worked out once.
  let known = typeCache.get(token);
  if (!known) {
    known = readType(token);
    if (typeCache.size < 1024) typeCache.set(token, known);
  }
  return known;
}

const typeCache = new Map<string, TypeResult>();

function readType(token: string): TypeResult {
  const upper = token.toUpperCase();
  const generic = /^TYPE(\d{1,5})$/.exec(upper);
  let code: number | undefined;
  if (generic) {
    code = Number(generic[1]);
    if (code > 65535) return { ok: false, message: `"${token}" is not a record type: TYPE numbers go up to 65535` };
  } else {
    code = CODES[upper];
    if (code === undefined) {
      return { ok: false, message: `unknown record type "${token}": write it as TYPEnnn with its number and its data as \\# LENGTH HEX (RFC 3597 §5)` };
    }
  }
  if (code === 0 || META.has(code)) return { ok: false, message: `${MNEMONICS.get(code) ?? `TYPE${code}`} is not a type a zone may hold` };
  return { ok: true, type: MNEMONICS.get(code) ?? `TYPE${code}`, code };
}

/** The number of a type as recordType names it. */
export function typeCode(type: string): number | null {
  const generic = /^TYPE(\d{1,5})$/.exec(type);
  if (generic) return Number(generic[1]);
  return CODES[type] ?? null;
}

/** A class token (RFC 1035 §3.2.4, RFC 3597 §5 CLASSnnn): its mnemonic, or null when it is not a class. */
export function recordClass(token: string): string | null {
  const upper = token.toUpperCase();
  if (upper === "IN" || upper === "CLASS1") return "IN";
  if (upper === "CH" || upper === "CLASS3") return "CH";
  if (upper === "HS" || upper === "CLASS4") return "HS";
  if (upper === "CS" || upper === "CLASS2") return "CS";
  if (upper === "NONE" || upper === "ANY") return upper;
  const generic = /^CLASS(\d{1,5})$/.exec(upper);
  return generic && Number(generic[1]) <= 65535 ? upper : null;
}
