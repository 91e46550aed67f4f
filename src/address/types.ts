/** The rules of the local part (SPEC §3). */
export type LocalPartRule = 'R-LP-1' | 'R-LP-2' | 'R-LP-3' | 'R-LP-4' | 'R-LP-5';

/** An issue about one kind of character: where it first appears, which one, how many times. */
interface CharacterIssue<C extends string, R extends LocalPartRule> {
  readonly code: C;
  readonly rule: R;
  /** UTF-16 index of the first occurrence, so that a form can put the caret there. */
  readonly index: number;
  /** The first offending character: a whole code point, never half a surrogate pair. */
  readonly char: string;
  /** How many times the problem occurs in the input. */
  readonly count: number;
}

/**
 * Why a local part cannot be created at the provider: a discriminated union on `code`.
 * At most one issue per code, in order of first index.
 */
export type LocalPartIssue =
  | {
      readonly code: 'not-a-string';
      readonly rule: 'R-LP-2';
      readonly index: 0;
      readonly count: 1;
      /** `typeof` of what was received (`'number'`, `'object'`, `'null'`…). */
      readonly received: string;
    }
  | { readonly code: 'empty'; readonly rule: 'R-LP-1'; readonly index: 0; readonly count: 0 }
  | {
      readonly code: 'too-long';
      readonly rule: 'R-LP-1';
      /** UTF-16 index of the first character beyond the limit. */
      readonly index: number;
      /** Characters beyond the limit. */
      readonly count: number;
      /** The most characters a local part may have: 64. */
      readonly limit: number;
      /** The characters (code points) the input has. */
      readonly actual: number;
    }
  | CharacterIssue<'at-sign', 'R-LP-5'>
  | CharacterIssue<'whitespace', 'R-LP-5'>
  | CharacterIssue<'non-ascii', 'R-LP-5'>
  | CharacterIssue<'control-character', 'R-LP-5'>
  | CharacterIssue<'forbidden-character', 'R-LP-5' | 'R-LP-2'>
  | CharacterIssue<'leading-hyphen' | 'trailing-hyphen', 'R-LP-3'>
  | CharacterIssue<'leading-dot' | 'trailing-dot' | 'consecutive-dots', 'R-LP-4'>;

/** The stable codes of {@link LocalPartIssue}. */
export type LocalPartIssueCode = LocalPartIssue['code'];

/** The answer of `validateLocalPart` and `validateLocalPartPrefix`. */
export type LocalPartResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly issues: readonly LocalPartIssue[] };
