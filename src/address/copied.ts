/**
 * @internal The address inside what a person pastes when they copy one from a mail client:
 * the text between the angle brackets of `Jean Dupont <jean@exemple.ch>` (or after a `<`
 * left unclosed), the link of `mailto:jean@exemple.ch` (without its `?subject=…` query), and
 * Outlook's `Jean Dupont [mailto:jean@exemple.ch]`, as its quoted headers write a sender.
 * Only a `<` or `[mailto:` before the last `@` wraps the address, the one nearest the `@`
 * winning: after it, `[` opens a domain literal. Anything else is given back trimmed.
 *
 * Shared by `suggestLocalPart` (which keeps what comes before the `@`) and `mail-policy
 * check` (which keeps the domain too), so that both read a pasted address alike.
 */
export function unwrapCopiedAddress(text: string): string {
  const at = text.lastIndexOf('@');
  let inner = text;
  if (at > 0) {
    const angle = text.lastIndexOf('<', at);
    const square = text.lastIndexOf('[', at);
    const open = square > angle && isMailto(text, square + 1) ? square : angle;
    if (open >= 0) {
      const close = text.indexOf(open === square ? ']' : '>', at);
      inner = text.slice(open + 1, close < 0 ? undefined : close);
    }
  }
  inner = inner.trim();
  return isMailto(inner, 0) ? (inner.slice(7).split('?')[0] as string) : inner;
}

/** Whether `text` holds a `mailto:` scheme, in any case, at `index`. */
function isMailto(text: string, index: number): boolean {
  return text.slice(index, index + 7).toLowerCase() === 'mailto:';
}
