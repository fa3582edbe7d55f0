// The last stage: prettier, so generated code reads like code a person wrote.

import * as prettier from "prettier";

export async function formatTypeScript(code: string): Promise<string> {
  return prettier.format(code, { parser: "typescript", printWidth: 100 });
}
