/** One entry of `size-limit --json`. */
export interface SizeEntry {
  readonly name: string;
  readonly passed?: boolean;
  readonly size: number;
  readonly sizeLimit: number;
}
/** The size-limit figures as the markdown of docs/performance.md's size table. */
export function sizeMarkdown(sizes?: readonly SizeEntry[]): string;
/** What differs between the size table of `docs` and `sizes`, in words (none: fresh). */
export function staleRows(docs: string, sizes: readonly SizeEntry[]): string[];
