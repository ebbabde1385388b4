// What `adopt` and `rollback` share: which stack (stacks/<stack>/ and stacks/Pulumi.<stack>.yaml), which DNS
// host, and its API opened with credentials from the environment (never printed).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { DEFAULT_PROVIDER, findProvider, providerIds } from "../providers/index.js";
import type { ApiOpenOptions, DnsProvider, ProviderApi } from "../providers/types.js";
import { UsageError, type CliIO } from "./command.js";

export const STACK_OPTIONS = {
  stack: { type: "string", short: "s" },
  provider: { type: "string" },
  endpoint: { type: "string" },
  "timeout-ms": { type: "string" },
} as const;

export function pickStack(root: string, given: string | undefined): string {
  if (given) {
    if (!/^[A-Za-z0-9_.-]+$/.test(given)) throw new UsageError(`--stack must be a stack name (letters, digits, - _ .), got '${given}'`);
    return given;
  }
  const stacksDir = join(root, "stacks");
  const names = existsSync(stacksDir) ? readdirSync(stacksDir).filter((n) => statSync(join(stacksDir, n)).isDirectory()).sort() : [];
  if (names.length === 1) return names[0]!;
  throw new UsageError(names.length === 0 ? "no stack folder under stacks/; pass --stack NAME" : `several stacks (${names.join(", ")}): pass --stack NAME`);
}

/** Non-secret values of stacks/Pulumi.<stack>.yaml (secrets there are encrypted and never read here). */
export function stackConfig(root: string, stack: string): Record<string, unknown> {
  const file = join(root, "stacks", `Pulumi.${stack}.yaml`);
  if (!existsSync(file)) return {};
  try {
    const parsed = yaml.load(readFileSync(file, "utf8")) as { config?: Record<string, unknown> } | null;
    return parsed?.config ?? {};
  } catch (error) {
    throw new UsageError(`stacks/Pulumi.${stack}.yaml is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** The stack and its host, before any API is opened. */
export interface StackPlace {
  stack: string;
  stackDir: string;
  config: Record<string, unknown>;
  provider: DnsProvider;
  /** --timeout-ms, checked. */
  timeoutMs: number;
}

export interface StackContext extends StackPlace {
  api: ProviderApi;
}

type StackValues = { stack?: string | undefined; provider?: string | undefined; endpoint?: string | undefined; "timeout-ms"?: string | undefined };

/** The stack and its host from --stack, --provider and --timeout-ms: what a command reads before it needs the API. */
export function locateStack(values: StackValues, io: CliIO): StackPlace {
  const stack = pickStack(io.cwd, values.stack);
  const stackDir = join(io.cwd, "stacks", stack);
  if (!existsSync(stackDir)) throw new UsageError(`stacks/${stack}/ does not exist`);
  const config = stackConfig(io.cwd, stack);
  const providerId = values.provider ?? (typeof config["maildns:provider"] === "string" ? config["maildns:provider"] : DEFAULT_PROVIDER);
  const provider = findProvider(providerId);
  if (!provider) throw new UsageError(`--provider ${providerId} is not a DNS host maildns knows; known: ${providerIds().join(", ")}`);
  const timeoutMs = values["timeout-ms"] === undefined ? 15_000 : Number(values["timeout-ms"]);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout-ms must be a positive integer, got '${values["timeout-ms"]}'`);
  return { stack, stackDir, config, provider, timeoutMs };
}

/** The host's API for a located stack, from --endpoint (or the environment, or the stack config) and the credentials in the environment. */
export function openStackApi(place: StackPlace, values: StackValues, io: CliIO, apiOptions: Pick<ApiOpenOptions, "sleep" | "maxRetries" | "purpose"> = {}): ProviderApi {
  const { provider, config } = place;
  const ns = provider.pulumi.configNamespace;
  const configured = config[`${ns}:endpoint`];
  const endpoint = values.endpoint ?? io.env[`${ns.toUpperCase()}_ENDPOINT`] ?? (typeof configured === "string" ? configured : undefined);
  if (!endpoint) {
    throw new UsageError(`no ${provider.label} endpoint: pass --endpoint (for OVH: ovh-eu, ovh-ca, ovh-us), set ${ns.toUpperCase()}_ENDPOINT, or set ${ns}:endpoint in the stack config`);
  }
  try {
    return provider.openApi({ env: io.env }, { endpoint, timeoutMs: place.timeoutMs, ...apiOptions });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The stack, its host and the host's API, from --stack, --provider, --endpoint, --timeout-ms and the environment. */
export function openStack(values: StackValues, io: CliIO, apiOptions: Pick<ApiOpenOptions, "sleep" | "maxRetries" | "purpose"> = {}): StackContext {
  const place = locateStack(values, io);
  return { ...place, api: openStackApi(place, values, io, apiOptions) };
}

/** A host API failure: already a sentence that says what to do and holds no secret. */
export function isHostFailure(error: unknown): error is Error {
  return error instanceof Error && "status" in error && "failure" in error;
}
