import { APOSTROPHES, DASH_CHAR, SEPARATOR_CHAR } from '../_lib/regexes.js';
import { ADDRESS_FLAGS, F_LOCAL, isWhiteSpace } from './chars.js';
import { unwrapCopiedAddress } from './copied.js';
import { LOCAL_PART_MAX_LENGTH } from './validateLocalPart.js';

/**
 * Letters that Unicode does not decompose into an ASCII letter and a mark and that Lucene's
 * `ASCIIFoldingFilter` (below) writes with two: German, Danish, Norwegian, French, Icelandic,
 * Algonquian `ȣ`. In lower case (each character is lower-cased first).
 */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ȣ: 'ou' };

/**
 * The other letters Unicode does not decompose, each with the one ASCII letter Apache Lucene's
 * `ASCIIFoldingFilter` folds it to, as pairs of a letter (in lower case) and its fold: Danish
 * and Norwegian `ø`, Polish `ł`, Croatian `đ`, Icelandic `ð`, Turkish `ı`, Maltese `ħ`, Sami
 * `ŋ ŧ ǥ`, Greenlandic `ĸ` (written `q` since 1973), Azerbaijani `ə` (`Əliyev` → `aliyev`, as
 * Azerbaijani passports write it), the letters of African alphabets (`ɛ ɔ` of Akan, Ewe and
 * Lingala, `ɓ ɗ ƙ ƴ` of Hausa and Fula, `ɖ ƒ ʋ` of Ewe, `ɲ` of Bambara, `ɨ ʉ`), and the letters
 * with a stroke, a hook or a bar of Latin Extended-B. Not in Lucene's table, decided here:
 * `ʒ` → `z` (Skolt Sami), `ɣ` → `g` (Ewe), and Ukrainian `ґ` → `g`, as ICAO 9303 writes it.
 */
const FOLDS =
  'øołlđdðdıiħhŋnĸqґgəaǝeɛeɔoɵoɓbƀbƃbɗdɖdƌdȡdƙkƴyŧtƭtƫtȶtʈtǥgɠgɣgƒfʋvʌvɨiʉuɲnƞnȵnƶzȥzɀzʒzȿsɋqɍrɇeɉjɏyⱥaȼcƈcⱦtƥpƚlɫlȴlȷjɦh';

/**
 * Cyrillic as ICAO Doc 9303 (part 3) writes it in passports, whatever the language: `а` to
 * `я` (U+0430–U+044F), then `ѐ` to `џ` (U+0450–U+045F), one entry each. `ж` → `zh`, `х` → `kh`,
 * `щ` → `shch`, `ъ` → `ie`, `ю` → `iu`, `я` → `ia`; the soft sign `ь` gives nothing. `й`, `ё`,
 * `ї`, `ў`, `ѓ`, `ќ` arrive decomposed, as a letter of this table and a mark.
 */
const CYRILLIC =
  'a b v g d e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y  e iu ia e e d g ie dz i i j lj nj c k i u dz'.split(
    ' ',
  );

/**
 * Greek as ELOT 743 writes it in passports, `α` to `ω` (U+03B1–U+03C9, final `ς` among them):
 * `η` → `i`, `θ` → `th`, `υ` → `y`, `χ` → `ch`, `ψ` → `ps`, `ω` → `o`; see {@link greek}
 * for the letters read together.
 */
const GREEK = 'a v g d e z i th i k l m n x o p r s s t y f ch ps o'.split(' ');

/**
 * The Latin letters for the character `char` at `index` of the decomposed `text`; `''` to drop
 * it silently, `undefined` when it has none.
 */
function transliterate(text: string, index: number, char: string): string | undefined {
  const lower = char.toLowerCase();
  const code = lower.charCodeAt(0);
  if (code >= 0x430 && code <= 0x45f) return CYRILLIC[code - 0x430];
  if (code >= 0x3b1 && code <= 0x3c9) return greek(text, index, code);
  const fold = FOLDS.indexOf(lower);
  // Every letter of FOLDS is outside ASCII and every fold inside: `lower` (never ASCII) can
  // only be found at a letter.
  return fold >= 0 ? FOLDS[fold + 1] : LETTERS[lower];
}

/**
 * A Greek letter (`code`, in lower case) at `index` of the decomposed `text`, with the pairs
 * ELOT 743 writes as one sound: `γ` before `γ`, `ξ`, `χ` is `n` (`Άγγελος` → `angelos`); `ου` is
 * `ou`; `αυ`, `ευ`, `ηυ` are `av`, `ev`, `iv` before a vowel or a voiced consonant
 * (`β γ δ ζ λ μ ν ρ`), and `af`, `ef`, `if` before any other letter or at the end (`Ευάγγελος`
 * → `evangelos`, `Ευθυμίου` → `efthymiou`). A diaeresis on the `υ` (`ϋ`) parts the two, as an
 * accent on the first vowel does (`άυλος`).
 */
function greek(text: string, index: number, code: number): string | undefined {
  if (code === 0x3b3 && 'γξχΓΞΧ'.includes(text[index + 1] || '.')) return 'n';
  if (code === 0x3c5 && text.charCodeAt(index + 1) !== 0x308) {
    const before = lowerGreek(text.charCodeAt(index - 1));
    if (before === 0x3bf) return 'u'; // ο
    if (before === 0x3b1 || before === 0x3b5 || before === 0x3b7) {
      // α, ε, η: the next letter decides, past the accents on the υ; a vowel or a voiced
      // consonant is told by its Latin letter (α ε η ι ο υ ω, β γ δ ζ λ μ ν ρ).
      let next = index + 1;
      while (isMark(text.charCodeAt(next))) next++;
      const latin = GREEK[lowerGreek(text.charCodeAt(next)) - 0x3b1];
      return latin !== undefined && 'aeioyvgdzlmnr'.includes(latin[0] as string) ? 'v' : 'f';
    }
  }
  return GREEK[code - 0x3b1];
}

/** A Greek capital's lower-case code (`Α`–`Ω` lie 0x20 below `α`–`ω`); any other as given. */
function lowerGreek(code: number): number {
  return code >= 0x391 && code <= 0x3a9 ? code + 0x20 : code;
}

function isMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/**
 * A local part close to `input` that can be created at the provider, or `null` when nothing
 * usable is left. For a person's name or a refused input:
 *
 * 1. Unicode compatibility forms become plain ones (full-width `Ｊｏｓé` → `José`), accents
 *    are stripped (`é` → `e`), and letters without a decomposition are transliterated
 *    (`ß` → `ss`, `æ` → `ae`, `ø` → `o`, `ł` → `l`, `œ` → `oe`, Turkish `ı` → `i`,
 *    Azerbaijani `ə` → `a`, Akan `ɔ` → `o`…, as Apache Lucene's `ASCIIFoldingFilter` folds them).
 *    Cyrillic and Greek are written as passports write them: Cyrillic by ICAO Doc 9303
 *    (`Юлия Щеглова` → `iuliia.shcheglova`), Greek by ELOT 743 (`Ευάγγελος` → `evangelos`).
 * 2. The result is lower-cased (addresses are case-insensitive at the provider's servers in
 *    practice, and lower case is what people expect to see).
 * 3. White space and separators (`, ; / + &` and the like) become dots; `-` and `_` stay,
 *    the Unicode dashes (`–`, `—`…) become hyphens, and a separator beside a hyphen melts into
 *    it (`Jean - Pierre` → `jean-pierre`, and `a-.b` → `a-b`, though `a-.b` is valid);
 *    apostrophes join a name's parts and are dropped (`O'Brien` and `D’Angelo` → `obrien`,
 *    `dangelo`, as addresses usually spell them); anything else that cannot be mapped
 *    (control characters, emoji, symbols, other scripts) is dropped.
 * 4. Dots are not doubled, and dots and hyphens are trimmed from both ends, also after the
 *    cut to 64 characters.
 *
 * A whole address pasted in, an `@` followed by a domain with a dot, gives the part before its
 * (last) `@`: `jean.dupont@exemple.ch` → `jean.dupont`; `jean@dupont`, with no domain, is a
 * name: `jean.dupont`. As mail clients copy an address, a display name and a `mailto:` link
 * are left out too: `Jean Dupont <jean@exemple.ch>`, `<mailto:jean@exemple.ch>`,
 * `mailto:jean@exemple.ch?subject=Hi` and Outlook's `Jean Dupont [mailto:jean@exemple.ch]`
 * → `jean`.
 *
 * The result is always valid (`isValidLocalPart`), and suggesting again gives it back.
 *
 * @param input - a name or a refused local part
 * @returns a valid local part, or `null`
 * @example
 * ```ts
 * suggestLocalPart('José Müller');     // 'jose.muller'
 * suggestLocalPart('Łukasz Øster-Straße'); // 'lukasz.oster-strasse'
 * suggestLocalPart('-jean..dupont-');   // 'jean.dupont'
 * suggestLocalPart("Seán O'Brien");     // 'sean.obrien'
 * suggestLocalPart('Jean.Dupont@exemple.ch'); // 'jean.dupont'
 * suggestLocalPart('Jean Dupont <jean.d@exemple.ch>'); // 'jean.d'
 * suggestLocalPart('Дмитрий Иванов');  // 'dmitrii.ivanov'
 * suggestLocalPart('🙂');               // null
 * ```
 * @see R-LP-1, R-LP-2, R-LP-3, R-LP-4
 */
export function suggestLocalPart(input: string): string | null {
  if (typeof input !== 'string') return null;
  // A whole address pasted in: its domain is no part of the local part to suggest, nor a
  // display name, nor a `mailto:` link's scheme.
  const at = input.lastIndexOf('@');
  if (!(at > 0 && input.includes('.', at))) return suggest(input);
  const address = unwrapCopiedAddress(input);
  const end = address.lastIndexOf('@');
  return suggest(end < 0 ? address : address.slice(0, end));
}

function suggest(input: string): string | null {
  const plain = input.replace(APOSTROPHES, '').normalize('NFKC').normalize('NFD');
  let out = '';
  let pendingDot = false;
  for (let index = 0; index < plain.length; index++) {
    const code = plain.charCodeAt(index);
    let mapped: string | undefined;
    if (code < 128) {
      const flags = ADDRESS_FLAGS[code] as number;
      if ((flags & F_LOCAL) !== 0) mapped = (plain[index] as string).toLowerCase();
      else if (!isSeparator(code)) continue; // dropped (a dot is a separator)
    } else {
      // One code point: a surrogate pair is one character.
      const char = String.fromCodePoint(plain.codePointAt(index) as number);
      index += char.length - 1;
      if (DASH_CHAR.test(char)) mapped = '-';
      else {
        mapped = transliterate(plain, index, char);
        if (!mapped) {
          if (SEPARATOR_CHAR.test(char)) pendingDot = true;
          continue; // a combining mark, or a character with no ASCII form
        }
      }
    }
    if (mapped === undefined) {
      pendingDot = true; // a dot, white space or a separator
      continue;
    }
    // A separator next to a hyphen melts into it: 'Jean - Pierre' gives 'jean-pierre'.
    if (pendingDot && mapped !== '-' && out.length > 0 && !out.endsWith('-')) out += '.';
    pendingDot = false;
    out += mapped;
    // What follows cannot change the first 64 characters, the only ones kept: stop, so that a
    // long input costs its normalisation alone (`endsWith` on a long string built by `+=`
    // flattens it each time, which made a megabyte take minutes).
    if (out.length >= LOCAL_PART_MAX_LENGTH) break;
  }
  return trimEnds(out.slice(0, LOCAL_PART_MAX_LENGTH));
}

/**
 * Of the ASCII characters a local part cannot hold, and the dot (the only ones this is asked
 * about), those that separate words in a name: white space, and every printable one, which is
 * the dot or punctuation (`, ; / + &`…; apostrophes are gone by then). The other control
 * characters and DEL are dropped, as the non-ASCII ones are.
 */
function isSeparator(code: number): boolean {
  return isWhiteSpace(code) || (code > 32 && code < 127);
}

/** Removes dots and hyphens from both ends; `null` when nothing is left. */
function trimEnds(text: string): string | null {
  let start = 0;
  let end = text.length;
  while (isEdge(text.charCodeAt(start))) start++; // NaN past the end
  while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
  return start === end ? null : text.slice(start, end);
}

function isEdge(code: number): boolean {
  return code === 45 || code === 46;
}
