/**
 * Where a data point comes from: the rule id in the project's `SPEC.md`, the line range of the
 * provider's knowledge base (the seed, in Spanish) it was read from, and, where the seed was
 * open, the interpretation we made.
 */
export interface Source {
  /** The rule id, for example `'R-SEND-1'`. */
  readonly rule: RuleId;
  /** First and last line of the seed the figure was read from. */
  readonly seedLines: readonly [from: number, to: number];
  /** The seed's own words for the figure, verbatim. */
  readonly quote?: string;
  /** Present where the seed is silent or ambiguous: what we decided, in one sentence. */
  readonly interpretation?: string;
}

/** The ids of the rules this library encodes (see `docs/` and the project's `SPEC.md`). */
export type RuleId =
  | 'R-SEND-1'
  | 'R-SEND-2'
  | 'R-SEND-3'
  | 'R-SEND-4'
  | 'R-SEND-5'
  | 'R-RCPT-1'
  | 'R-SIZE-1'
  | 'R-SIZE-2'
  | 'R-SIZE-3'
  | 'R-STOR-1'
  | 'R-STOR-2'
  | 'R-STOR-3'
  | 'R-ADDR-COUNT'
  | 'R-RET-2'
  | 'R-BKP-2'
  | 'R-BKP-1'
  | 'R-BKP-3'
  | 'R-BKP-4'
  | 'R-BKP-5'
  | 'R-BKP-6'
  | 'R-BKP-7'
  | 'R-BKP-8'
  | 'R-RET-1'
  | 'R-INV-1'
  | 'R-SUP-1'
  | 'R-STU-1'
  | 'R-LP-6'
  | 'R-CONN-1'
  | 'R-CONN-2'
  | 'R-CONN-3'
  | 'R-CONN-4'
  | 'R-CONN-5'
  | 'R-CONN-6'
  | 'R-CONN-7'
  | 'R-CONN-8'
  | 'R-CONN-9'
  | 'R-PROTO-1'
  | 'R-PROTO-2'
  | 'R-TROUBLE-1';
