// The report store's failures, said as the store's: the commands end with them as a fault (exit 2), with what
// the failure leaves behind, never as an internal error.
export class StoreError extends Error {
  override name = "StoreError";

  /** The engine's SQLSTATE (PostgreSQL manual, Appendix A), when the failure is one the engine reported. */
  readonly sqlState: string | undefined;

  /** Reports the command had stored (in whole batches) when the store failed, when the command counted them. */
  added: number | undefined;

  constructor(message: string, sqlState?: string) {
    super(message);
    this.sqlState = sqlState;
  }
}
