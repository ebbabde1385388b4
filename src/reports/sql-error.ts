// The report store's failures, said as the store's: the commands end with them as a fault (exit 2), with what
// the failure leaves behind, never as an internal error.
export class StoreError extends Error {
  override name = "StoreError";

  /** The engine's SQLSTATE (PostgreSQL manual, Appendix A), when the failure is one the engine reported. */
  readonly sqlState: string | undefined;

  constructor(message: string, sqlState?: string) {
    super(message);
    this.sqlState = sqlState;
  }
}
