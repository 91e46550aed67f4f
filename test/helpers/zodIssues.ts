/** A zod refusal as `[zod's code, the library's code, message]` per issue, for one `expect`. */
export function issueTriples(result: {
  readonly error?: { readonly issues: readonly { code: string; message: string }[] } | undefined;
}): (string | undefined)[][] | undefined {
  return result.error?.issues.map((issue) => [
    issue.code,
    (issue as { params?: { code: string } }).params?.code,
    issue.message,
  ]);
}
