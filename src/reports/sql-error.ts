// The report store's failures, said as the store's: the commands end with them as a fault (exit 2), with what
// the failure leaves behind, never as an internal error.
export class StoreError extends Error {
  override name = "StoreError";
}
