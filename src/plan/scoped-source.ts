// Answer sharing sized for tens of thousands of domains: names under the domain being checked are asked by
// that domain alone, so their answers are kept only while it is checked; names outside every checked
// domain (mx.ovh.com, a newsletter's SPF tree) are shared by all and kept for the run, up to a bound.
// Keeping every answer of a 10,000-domain run would hold hundreds of megabytes of DKIM keys. An answer
// through an alias is kept for the alias target too, while the domain is checked.
import { canonicalName, isAtOrBelow } from "../dns/names.js";
import type { ObservedRRset, RecordSource, RRType } from "../dns/types.js";

export interface SharedAnswers {
  /** A source for one domain's check: its own names cached locally, the rest shared. */
  forDomain(domain: string): RecordSource;
}

/**
 * `base` should not keep answers itself (createDnsSource with `cache: false`; in-flight questions are still
 * joined there). `checked` tells whether a name belongs to one of the run's domains.
 */
export function sharedAnswers(base: RecordSource, checked: (name: string) => boolean, maxShared = 50_000): SharedAnswers {
  const shared = new Map<string, Promise<ObservedRRset>>();
  const sharedLookup = (name: string, type: RRType): Promise<ObservedRRset> => {
    const key = `${name}\u0000${type}`;
    let answer = shared.get(key);
    if (!answer) {
      answer = base.lookup(name, type);
      shared.set(key, answer);
      if (shared.size > maxShared) shared.delete(shared.keys().next().value!);
    }
    return answer;
  };
  return {
    forDomain(domain: string): RecordSource {
      const own = new Map<string, Promise<ObservedRRset>>();
      const apex = canonicalName(domain);
      // An answer that went through an alias (a DKIM selector's CNAME into the provider's zone) is also the
      // answer for the alias target: a live rule that asks for the target is answered from it.
      const remember = (rrset: ObservedRRset): ObservedRRset => {
        if (rrset.cname === undefined) return rrset;
        const target = canonicalName(rrset.cname);
        const key = `${target}\u0000${rrset.type}`;
        if (!own.has(key)) {
          const { cname: _cname, cnameTtl: _ttl, ...rest } = rrset;
          own.set(key, Promise.resolve({ ...rest, name: target }));
        }
        return rrset;
      };
      return {
        lookup(rawName: string, type: RRType): Promise<ObservedRRset> {
          const name = canonicalName(rawName);
          const key = `${name}\u0000${type}`;
          let answer = own.get(key);
          if (answer) return answer;
          if (!isAtOrBelow(name, apex)) {
            // Most questions of a run are about shared names already answered: no walk up the labels then.
            const known = shared.get(key);
            if (known) return known;
            return checked(name) ? base.lookup(name, type) : sharedLookup(name, type);
          }
          own.set(key, (answer = base.lookup(name, type).then(remember)));
          return answer;
        },
      };
    },
  };
}

/** Whether a name is at or below one of `domains` (a set of canonical names), walking up its labels. */
export function underAny(domains: ReadonlySet<string>): (name: string) => boolean {
  return (name) => {
    for (let n = name; n !== ""; ) {
      if (domains.has(n)) return true;
      const dot = n.indexOf(".");
      if (dot < 0) return false;
      n = n.slice(dot + 1);
    }
    return false;
  };
}
