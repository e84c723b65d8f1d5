import { MAX_INPUT_CHARS } from '../engine';

/**
 * Largest input read from a file, stdin or the network. The engine refuses more than
 * MAX_INPUT_CHARS characters; in UTF-8 or GB18030 a Chinese character takes up to three bytes, so
 * this admits every text the engine accepts and stops reading anything bigger early.
 */
export const MAX_INPUT_BYTES = MAX_INPUT_CHARS * 3;

/** How long a URL may take, from request to last byte, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/**
 * 20000000 → "20,000,000". Not toLocaleString: that loads the ICU locale data, about 20 ms on
 * every start of the CLI, for a help text most runs never print.
 */
export function groupDigits(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return (n < 0 ? '-' : '') + out;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} KB`;
}
