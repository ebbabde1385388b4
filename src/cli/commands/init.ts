// `maildns init DOMAIN --offer OFFER`: a repository of one's own, ready for maildns (src/cli/init/scaffold.ts
// says what is written). Existing project files are kept; an existing domain file needs --force. The files
// are put in place all or nothing (config/place-files.ts), and one that init does not overwrite is never
// replaced, even when another program makes it while init runs. One that --force overwrites keeps its
// permission bits, and a symbolic link at its name is followed (the file it names is written).
import { lstatSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { toALabel } from "../../config/domain.js";
import { packageRoot } from "../../config/package-root.js";
import { AppearedMeanwhile, blockedName, placeFiles, type FileToPlace } from "../../config/place-files.js";
import { nameProblem } from "../../dns/names.js";
import { todayUtc } from "../../engine/lint.js";
import { OVH_SHARED_OFFERS } from "../../mail/ovh.js";
import type { OvhOffer } from "../../model/types.js";
import { oneOf, parse, todayOption } from "../args.js";
import { EXIT_OK, UsageError, type Command } from "../command.js";
import { missingPackages, neededPackages, pulumiProjectGaps, scaffold, type ScaffoldFile } from "../init/scaffold.js";
import { toolVersion } from "../../config/version.js";

const OPTIONS = {
  offer: { type: "string" },
  stack: { type: "string", short: "s" },
  region: { type: "string" },
  dir: { type: "string" },
  force: { type: "boolean" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The project files, which may be one's own: kept when they exist, even with --force. */
const PROJECT_FILES: ReadonlySet<string> = new Set(["package.json", "Pulumi.yaml"]);

/** The Pulumi SDK ranges maildns's own program is built against (its package.json's peerDependencies). */
function pulumiRanges(): { pulumiRange: string; ovhProviderRange: string } {
  try {
    const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { peerDependencies?: Record<string, string> };
    const peers = manifest.peerDependencies ?? {};
    return { pulumiRange: peers["@pulumi/pulumi"] ?? "^3", ovhProviderRange: peers["@ovhcloud/pulumi-ovh"] ?? "^2" };
  } catch {
    return { pulumiRange: "^3", ovhProviderRange: "^2" };
  }
}

/**
 * A name for messages: under the repository, as init's own file names are said (relative to it); above it
 * (--dir under a file), as the user would give it: relative to the current folder, or whole when outside it.
 */
function shownName(cwd: string, root: string, path: string): string {
  const inside = relative(root, path);
  if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) return inside;
  const fromCwd = relative(cwd, path);
  return fromCwd !== "" && !fromCwd.startsWith("..") && !isAbsolute(fromCwd) ? fromCwd : path;
}

/**
 * The next steps: `npm install`, or, when the kept package.json lacks packages, the install that adds them
 * (the workflows run `npm ci`, which installs only what package.json and its lock list); the settings a kept
 * Pulumi.yaml needs for `pulumi up` to run maildns's program with the stack config init wrote; then the rest.
 */
function nextSteps(domain: string, stack: string, missing: readonly [string, string][], projectGaps: readonly string[]): string {
  const steps = [
    missing.length
      ? `npm install --save-dev ${missing.map(([name, range]) => `${name}@${range}`).join(" ")}\n(the package.json kept does not list them), and commit package-lock.json (the workflows run npm ci)`
      : "npm install, and commit package-lock.json (the workflows run npm ci)",
    ...(projectGaps.length ? [`set ${projectGaps.join(" and ")} in the Pulumi.yaml kept:\nwithout them, pulumi up in the apply workflow does not run maildns's program on stacks/${stack}`] : []),
    `npx maildns lint stacks/${stack}`,
    `enable DKIM for ${domain} in OVH's Control Panel, add its two selectors to stacks/${stack}/${domain}.yaml
(npx maildns import ${domain} prints them once published) and remove the dkim-missing-selector entry
under lint: (its three lines)`,
    `add the repository secrets OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY and
PULUMI_ACCESS_TOKEN, and create the stack: pulumi stack init ${stack}`,
  ];
  return steps.map((step, i) => `  ${i + 1}. ${step.replace(/\n/g, "\n     ")}`).join("\n");
}

export const initCommand: Command = {
  name: "init",
  summary: "start a repository of your own: a domain file, the Pulumi stack and three workflows",
  usage: `Usage: maildns init DOMAIN --offer OFFER [--stack NAME] [--region eu|ca] [--dir PATH] [--force]

Writes, under PATH (default: the current folder):
  stacks/<stack>/<DOMAIN>.yaml            the domain file: OVH's MX set, SPF with include:mx.ovh.com,
                                          DMARC p=none with reports; it lints clean, with three
                                          suppressions (DKIM selectors to add, the DMARC ramp, -all)
                                          that expire after 30, 60 and 90 days
  stacks/Pulumi.<stack>.yaml              the Pulumi stack config (policy pack, OVH endpoint)
  Pulumi.yaml, package.json               the Pulumi project running maildns's program, and the
                                          packages it needs (kept when they exist)
  .github/workflows/maildns-check-<stack>.yml   pull request check: lint, SARIF, PR comment, plan
  .github/workflows/maildns-apply-<stack>.yml   apply on merge: maildns adopt, then pulumi up
  .github/workflows/maildns-drift-<stack>.yml   nightly drift check: plan --detailed-exitcode

Files other than the domain file are kept when they exist, so a second \`init\` adds a domain to a stack.

Options:
  --offer OFFER        the OVH offer: ${OVH_SHARED_OFFERS.join(", ")} (Private Exchange has its own
                       MX and SPF: write its file by hand or with maildns import)
  -s, --stack NAME     the stack (default: prod)
  --region eu|ca       OVH's region (default: eu)
  --dir PATH           the repository to write into (default: the current folder)
  --force              overwrite the domain file, the stack config and the workflows (never Pulumi.yaml
                       or package.json, which may be your own); a file overwritten keeps its permission
                       bits, and a symbolic link at its name is followed (the file it names is written)
  --today YYYY-MM-DD   the day the DMARC policy starts (default: today, UTC)
  -h, --help           show this help

Exit codes: 0 written, 2 usage error (nothing is written then).`,
  async run(argv, io) {
    const { values, positionals } = parse(argv, OPTIONS, "init");
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError("give one DOMAIN, e.g. `maildns init example.com --offer mx-plan`");
    const domain = toALabel(positionals[0]!);
    if (domain === null || nameProblem(domain) !== null || !domain.includes(".")) throw new UsageError(`'${positionals[0]!.slice(0, 80)}' is not a domain name (e.g. example.com)`);
    // A wildcard owner is a zone's pattern, not a mail domain (and `*` unquoted starts a YAML alias).
    if (domain.split(".").includes("*")) throw new UsageError(`'${positionals[0]!.slice(0, 80)}' is a wildcard, not a domain name: give the domain itself (e.g. example.com)`);
    if (values.offer === undefined) throw new UsageError(`--offer is required: one of ${OVH_SHARED_OFFERS.join(", ")}`);
    const offer = oneOf(values.offer, OVH_SHARED_OFFERS, "--offer", "mx-plan") as OvhOffer;
    const region = oneOf(values.region, ["eu", "ca"] as const, "--region", "eu");
    const stack = values.stack ?? "prod";
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(stack)) throw new UsageError(`--stack must be a stack name (letters, digits, - _ .), got '${stack.slice(0, 80)}'`);
    const today = todayOption(values.today) ?? todayUtc();
    const root = resolve(io.cwd, values.dir ?? ".");

    const answers = { domain, offer, region, stack, today, version: toolVersion(), ...pulumiRanges() };
    const files = scaffold(answers);
    const domainFile = files.find((f) => !f.shared)!;
    const cannotWrite = (error: unknown) =>
      new UsageError(`cannot write under ${values.dir ?? "the current folder"} (${(error as NodeJS.ErrnoException).code ?? "error"}); nothing was written`);
    // A folder (or a FIFO, a device…) where init writes a file is neither kept as that file (the repository
    // would lack it) nor replaced (rename(2) refuses a folder), and a file where a folder must be made
    // stops the writing: each is said before anything is written, by its name.
    for (const file of files) {
      let blocked: ReturnType<typeof blockedName>;
      try {
        blocked = blockedName(join(root, file.path));
      } catch (error) {
        throw cannotWrite(error);
      }
      if (blocked !== undefined) throw new UsageError(`${shownName(io.cwd, root, blocked.at)} ${blocked.problem}: move it away and run init again; nothing was written`);
    }
    // Anything at a name counts, a symbolic link to nothing (yet) included: placing never replaces it either.
    const present = (f: ScaffoldFile) => lstatSync(join(root, f.path), { throwIfNoEntry: false }) !== undefined;
    if (present(domainFile) && !values.force) throw new UsageError(`${domainFile.path} exists already: edit it, or pass --force to write it again`);
    const overwrite = (f: ScaffoldFile) => values.force === true && !PROJECT_FILES.has(f.path);
    const keep = (f: ScaffoldFile) => present(f) && !overwrite(f);
    const lines: string[] = [];
    const placed: FileToPlace[] = [];
    // A project file kept as it is may lack what the workflows and `pulumi up` need (a repository that had
    // its own package.json or Pulumi project): said on its line and in the next steps, never left for the
    // first apply to find. A kept file that cannot be read (a link to nothing yet) is the user's to make.
    const keptText = (f: ScaffoldFile): string | null => {
      try {
        return readFileSync(join(root, f.path), "utf8");
      } catch {
        return null;
      }
    };
    let missing: [string, string][] = [];
    let projectGaps: string[] = [];
    for (const file of files) {
      if (keep(file)) {
        const text = PROJECT_FILES.has(file.path) ? keptText(file) : null;
        if (text !== null && file.path === "package.json") missing = missingPackages(text, neededPackages(answers));
        if (text !== null && file.path === "Pulumi.yaml") projectGaps = pulumiProjectGaps(text);
        const gap =
          file.path === "package.json" && missing.length
            ? `; it does not list ${missing.map(([name]) => name).join(", ")}: see Next`
            : file.path === "Pulumi.yaml" && projectGaps.length
              ? `; it does not run maildns's program: see Next`
              : "";
        lines.push(`kept   ${file.path} (exists${gap})`);
        continue;
      }
      placed.push({ path: join(root, file.path), text: file.text, replace: overwrite(file) });
      lines.push(`wrote  ${file.path}`);
    }
    try {
      placeFiles(placed);
    } catch (error) {
      if (error instanceof AppearedMeanwhile) {
        // A file placed without replacing was made by another program since init looked (a second init, an
        // editor, a checkout): it stays as it is, and so does everything else.
        const { path } = files.find((f) => join(root, f.path) === error.path)!;
        const next = PROJECT_FILES.has(path) ? "run init again, which keeps it" : "run init again, or pass --force to overwrite it";
        throw new UsageError(`${path} was created while init ran: nothing was written; ${next}`);
      }
      throw cannotWrite(error);
    }
    io.stdout(`${lines.join("\n")}\n\nNext:\n${nextSteps(domain, stack, missing, projectGaps)}\n`);
    return EXIT_OK;
  },
};
