/**
 * The Content-Disposition of an exported file: an ASCII file name every browser accepts, and the
 * plan's own title in `filename*` (RFC 5987/6266) for those that read UTF-8, which is all current ones.
 */

const MAX_NAME_CHARS = 80;

/** "Plan de tecnología 2027–2030" → "Plan-de-tecnologia-2027-2030"; "plan" when nothing is left. */
export function asciiFileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_NAME_CHARS)
    .replace(/[-.]+$/g, '');
  return stem === '' ? 'plan' : stem;
}

/** Percent-encoding as RFC 5987 `ext-value` wants it: encodeURIComponent leaves a few it must not. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Characters a file name must not hold on common systems. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|]+/g;

/** The title as a file name: reserved characters replaced, control characters dropped. */
function unicodeStem(title: string): string {
  const printable = [...title].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join('');
  const stem = printable.replace(UNSAFE_IN_NAME, '-').trim().slice(0, MAX_NAME_CHARS * 2);
  return stem === '' ? 'plan' : stem;
}

/**
 * The header value for a download (`attachment`) or an in-browser view (`inline`) of a file
 * named after `title` (and the version, when one was asked for).
 */
export function contentDisposition(kind: 'attachment' | 'inline', title: string, extension: string, version?: string): string {
  const full = version ? `${title} (${version})` : title;
  const ascii = `${asciiFileStem(full)}.${extension}`;
  const unicode = `${unicodeStem(full)}.${extension}`;
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${rfc5987(unicode)}`;
}
