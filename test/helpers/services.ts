// Slow-tier suites (`*.slow.test.ts`) talk to real servers that .ci/run starts (.ci/services.sh prints the
// variables). They run only under `npm run test:all`, where a missing server is a failure, never a skip:
// a suite that silently skips reads as green.
export function requireService(variable: string, what: string): string {
  const value = process.env[variable];
  if (!value) {
    throw new Error(`${variable} is not set: this suite needs ${what}. Run it through .ci/run, or start the server with ` +
      `\`eval "$(sh .ci/services.sh start ...)"\` and run \`npm run test:all\`.`);
  }
  return value;
}
