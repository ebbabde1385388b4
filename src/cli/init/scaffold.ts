// What `maildns init` writes into a repository of one's own: a domain file, the Pulumi project and stack
// config, and the three workflows (pull request check, apply on merge, nightly drift check). Pure: the text
// of each file from the answers; the command decides what is written.
import yaml from "js-yaml";
import type { OvhOffer, OvhRegion } from "../../model/types.js";

export interface ScaffoldAnswers {
  domain: string;
  offer: OvhOffer;
  region: OvhRegion;
  stack: string;
  /** YYYY-MM-DD: when the DMARC policy starts, and the base of the suppressions' expiry dates. */
  today: string;
  /** The maildns version the repository depends on (package.json) . */
  version: string;
  /** Version ranges of the Pulumi SDKs the program needs beside it. */
  pulumiRange: string;
  ovhProviderRange: string;
}

export interface ScaffoldFile {
  path: string;
  text: string;
  /** Project-wide files (Pulumi.yaml, package.json, workflows) are kept when they exist already. */
  shared: boolean;
}

/** The day `days` after `today` (YYYY-MM-DD, UTC). */
export function addDays(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function domainFile(a: ScaffoldAnswers): string {
  return `# yaml-language-server: $schema=../../node_modules/maildns/src/schema/domain.schema.json
# ${a.domain}: mail hosted by OVHcloud (${a.offer}), written by \`maildns init\` on ${a.today}.
domain: ${a.domain}
ttl: 3600
mail:
  provider: ovh
  offer: ${a.offer}
  region: ${a.region}
mx: ovh                      # OVH's documented MX set for the region
spf:
  include: [mx.ovh.com]      # add your other senders here (newsletter, CRM...)
  all: "~"
dmarc:
  p: none                    # monitoring first; then quarantine, then reject (maildns judges the ramp by date)
  rua: mailto:dmarc-reports@${a.domain}
  since: ${a.today}
# Three things are left to do, each recorded as a suppression with a reason and an expiry date: once a
# date passes, \`maildns lint\` reports the finding again.
lint:
  - rule: dkim-missing-selector
    reason: "OVH's DKIM selectors are not in this file yet: enable DKIM in the Control Panel, then list its two selectors under dkim.selectors (maildns import ${a.domain} prints them) and remove this entry"
    until: ${addDays(a.today, 30)}
  - rule: dmarc-none-monitoring-stage
    reason: "p=none while the aggregate reports come in: move to p=quarantine once they show SPF and DKIM passing"
    until: ${addDays(a.today, 60)}
  - rule: spf-softfail-advice
    reason: "~all until every sender of ${a.domain} is listed in spf.include; then -all"
    until: ${addDays(a.today, 90)}
`;
}

function stackConfig(a: ScaffoldAnswers): string {
  return `# Config of the stack "${a.stack}"; its domain files are in stacks/${a.stack}/.
# OVH credentials are secrets: never write them here in clear. Either set them encrypted,
#   pulumi config set --secret ovh:applicationKey <key>
#   pulumi config set --secret ovh:applicationSecret <secret>
#   pulumi config set --secret ovh:consumerKey <consumer key>
# (an OAuth2 service account instead: ovh:clientId and ovh:clientSecret), or leave them out and export
# OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY (or OVH_CLIENT_ID and OVH_CLIENT_SECRET).
config:
  maildns:policy: ovh
  ovh:endpoint: ${a.region === "ca" ? "ovh-ca" : "ovh-eu"}
`;
}

const PULUMI_PROJECT = `# maildns applies the mail DNS records of stacks/<stack>/*.yaml to OVHcloud zones. The program is the one
# the maildns package ships (installed by npm install).
name: mail-dns
description: Mail DNS (MX, SPF, DKIM, DMARC) as code for OVHcloud domains, with maildns
runtime:
  name: nodejs
  options:
    packagemanager: npm
main: node_modules/maildns/dist/pulumi.js
stackConfigDir: stacks
`;

function packageJson(a: ScaffoldAnswers): string {
  const manifest = {
    name: "mail-dns",
    private: true,
    description: "Mail DNS (MX, SPF, DKIM, DMARC) as code for OVHcloud domains, with maildns",
    scripts: { lint: "maildns lint stacks", plan: "maildns plan stacks" },
    devDependencies: Object.fromEntries(neededPackages(a)),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The packages the workflows and the Pulumi program need from the repository's package.json, with their ranges. */
export function neededPackages(a: Pick<ScaffoldAnswers, "version" | "pulumiRange" | "ovhProviderRange">): [string, string][] {
  return [
    ["maildns", `^${a.version}`],
    ["@pulumi/pulumi", a.pulumiRange],
    ["@ovhcloud/pulumi-ovh", a.ovhProviderRange],
  ];
}

/**
 * The needed packages an existing package.json does not list (in dependencies or devDependencies): kept as
 * it is, it would leave `npm ci` in the workflows without maildns (`npx maildns` then fetches whatever
 * version is current, or fails) and `pulumi up` without the SDKs the program imports. All of them when the
 * text is not a JSON object (npm itself cannot read it then).
 */
export function missingPackages(text: string, needed: readonly [string, string][]): [string, string][] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return [...needed];
  }
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) return [...needed];
  const listed = (field: string, name: string): boolean => {
    const deps = (manifest as Record<string, unknown>)[field];
    return typeof deps === "object" && deps !== null && Object.hasOwn(deps, name);
  };
  return needed.filter(([name]) => !listed("dependencies", name) && !listed("devDependencies", name));
}

/** What an existing Pulumi.yaml would need to run maildns's program on the stack configs init writes. */
export const PULUMI_MAIN = "node_modules/maildns/dist/pulumi.js";
export const PULUMI_STACK_CONFIG_DIR = "stacks";

/**
 * How an existing Pulumi.yaml differs from what the apply workflow needs, as `key: value` settings to make
 * (none when it runs maildns's program with its stack configs under stacks/): another project's `main`
 * makes `pulumi up` run that program, and without `stackConfigDir: stacks` Pulumi looks for
 * Pulumi.<stack>.yaml beside Pulumi.yaml, not where init wrote it.
 */
export function pulumiProjectGaps(text: string): string[] {
  let project: unknown;
  try {
    project = yaml.load(text);
  } catch {
    project = undefined;
  }
  const field = (key: string): unknown => (typeof project === "object" && project !== null ? (project as Record<string, unknown>)[key] : undefined);
  const gaps: string[] = [];
  // Pulumi reads `main` as a path relative to the project folder: `./node_modules/…` is the same file.
  const main = field("main");
  if (typeof main !== "string" || main.replace(/^\.\//, "").replace(/\/+$/, "") !== PULUMI_MAIN) gaps.push(`main: ${PULUMI_MAIN}`);
  const configDir = field("stackConfigDir");
  if (typeof configDir !== "string" || configDir.replace(/^\.\//, "").replace(/\/+$/, "") !== PULUMI_STACK_CONFIG_DIR) gaps.push(`stackConfigDir: ${PULUMI_STACK_CONFIG_DIR}`);
  return gaps;
}

function checkWorkflow(a: ScaffoldAnswers): string {
  return `# Pull request check: lint the domain files (annotations, SARIF, one PR comment) and show the plan
# against live DNS. The plan compares the pull request with its base commit, so a domain file it deletes
# shows as what pulumi up would delete on merge (and trips the same safety gates): the checkout fetches
# the history for that (fetch-depth: 0); without the base commit the plan fails rather than pass unchecked.
# Written by \`maildns init\`.
name: mail DNS
on:
  pull_request:
    paths: ["stacks/**"]
permissions:
  contents: read
  pull-requests: write      # the report comment
  security-events: write    # SARIF upload
jobs:
  maildns:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0    # the pull request's base commit, which the plan compares with
      - name: lint
        uses: maildns/maildns@v1
        with:
          paths: stacks/${a.stack}
          sarif-file: maildns.sarif
          comment: true
          comment-marker: maildns-${a.stack}
      - name: plan against live DNS
        if: \${{ !cancelled() }}
        uses: maildns/maildns@v1
        with:
          command: plan
          paths: stacks/${a.stack}
      - name: upload SARIF to code scanning
        if: \${{ !cancelled() && hashFiles('maildns.sarif') != '' }}
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: maildns.sarif
          category: maildns-${a.stack}
`;
}

function applyWorkflow(a: ScaffoldAnswers): string {
  return `# Apply on merge: lint again, read what OVH and the stack already hold (maildns adopt), then pulumi up.
# Needs the repository secrets OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY (or an OAuth2
# service account: OVH_CLIENT_ID and OVH_CLIENT_SECRET) and PULUMI_ACCESS_TOKEN. Written by \`maildns init\`.
name: apply mail DNS
on:
  push:
    branches: [main]
    paths: ["stacks/**"]
concurrency: maildns-apply-${a.stack}
permissions:
  contents: read
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: maildns/maildns@v1
        with:
          paths: stacks/${a.stack}
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - uses: pulumi/setup-pulumi@v2
      - run: npm ci
      # adopt reads OVH's zone and the stack's state (pulumi stack export); a first apply adopts records with
      # their live values and the second round writes the files' values in place (it changes nothing otherwise).
      # The secrets are given to this step only: not to npm ci (whose packages' scripts could read them), nor
      # to the other actions.
      - name: adopt and apply
        run: |
          for round in 1 2; do
            npx maildns adopt --stack ${a.stack}
            pulumi up --yes --stack ${a.stack}
          done
        env:
          OVH_ENDPOINT: ${a.region === "ca" ? "ovh-ca" : "ovh-eu"}
          OVH_APPLICATION_KEY: \${{ secrets.OVH_APPLICATION_KEY }}
          OVH_APPLICATION_SECRET: \${{ secrets.OVH_APPLICATION_SECRET }}
          OVH_CONSUMER_KEY: \${{ secrets.OVH_CONSUMER_KEY }}
          PULUMI_ACCESS_TOKEN: \${{ secrets.PULUMI_ACCESS_TOKEN }}
      - name: keep the zone exports saved before the update, for maildns rollback
        if: \${{ always() }}
        uses: actions/upload-artifact@v4
        with:
          name: maildns-rollback-${a.stack}
          path: stacks/${a.stack}/.maildns-rollback/
          include-hidden-files: true
          if-no-files-found: ignore
`;
}

function driftWorkflow(a: ScaffoldAnswers): string {
  return `# Nightly drift check: someone edited a record in OVH's Control Panel? The plan against live DNS is then
# not empty, and the job fails (plan --detailed-exitcode: 0 no change, 2 changes pending, 1 could not tell).
# Written by \`maildns init\`.
name: mail DNS drift
on:
  schedule:
    - cron: "17 4 * * *"
  workflow_dispatch:
permissions:
  contents: read
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: maildns/maildns@v1
        with:
          command: plan
          paths: stacks/${a.stack}
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - run: npm ci
      - name: fail on drift
        run: npx maildns plan stacks/${a.stack} --detailed-exitcode
`;
}

export function scaffold(a: ScaffoldAnswers): ScaffoldFile[] {
  return [
    { path: `stacks/${a.stack}/${a.domain}.yaml`, text: domainFile(a), shared: false },
    { path: `stacks/Pulumi.${a.stack}.yaml`, text: stackConfig(a), shared: true },
    { path: "Pulumi.yaml", text: PULUMI_PROJECT, shared: true },
    { path: "package.json", text: packageJson(a), shared: true },
    { path: `.github/workflows/maildns-check-${a.stack}.yml`, text: checkWorkflow(a), shared: true },
    { path: `.github/workflows/maildns-apply-${a.stack}.yml`, text: applyWorkflow(a), shared: true },
    { path: `.github/workflows/maildns-drift-${a.stack}.yml`, text: driftWorkflow(a), shared: true },
  ];
}
