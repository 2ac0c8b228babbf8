// French quotation for user-facing errors: « x » with non-breaking spaces, as the rules' messages quote.
export function quote(value: string): string {
  return `«\u00a0${value}\u00a0»`;
}
