import { DIGITS_ASSET_PATH } from './digitsFormat.ts';
import { parseDigits, type Digits } from './parseDigits.ts';

/**
 * Fetches and parses the digits asset: call it when the reader opens the digits board, not on
 * page load (DIGITS_DOWNLOAD in digitsFormat.ts says how large). `base` is the site's base URL
 * (import.meta.env.BASE_URL). Rejects with an Error whose message says what failed — the
 * network, the server's answer, or the file (a DigitsFormatError from parseDigits).
 */
export async function loadDigits(base = '/', fetchImpl: typeof fetch = fetch): Promise<Digits> {
  const url = `${base.endsWith('/') ? base : `${base}/`}${DIGITS_ASSET_PATH}`;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (e) {
    throw new Error(`Could not download the digits (${url}): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) throw new Error(`Could not download the digits (${url}): HTTP ${response.status}`);
  return parseDigits(await response.arrayBuffer());
}
