// Checks a CSV of addresses to create in bulk (R-LP-7): one line per address, an optional
// header "address"; reports every row's issues and the duplicates (case-insensitively).
import { formatIssue, type Locale, validateAddress } from 'infomaniak-mail-policy';

export interface RowReport {
  readonly line: number;
  readonly address: string;
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/** The report of every row of `csv`, in `locale`. */
export function checkAddresses(csv: string, locale: Locale = 'en'): RowReport[] {
  const seen = new Map<string, number>();
  const reports: RowReport[] = [];
  csv.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const address = raw.split(',')[0]?.trim() ?? '';
    if (address === '' || (line === 1 && address.toLowerCase() === 'address')) return;
    const result = validateAddress(address);
    const problems = result.ok ? [] : result.issues.map((issue) => formatIssue(issue, locale));
    const key = address.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else problems.push(`duplicate of line ${first}`);
    reports.push({ line, address, ok: problems.length === 0, problems });
  });
  return reports;
}
