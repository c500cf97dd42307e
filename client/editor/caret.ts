/**
 * How other people's carets look: a thin bar in their colour with their name above it.
 * The label's text is black or white, whichever reads better on the colour.
 */

function hexToRgb(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  const value = Number.parseInt(hex, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Black or white, whichever contrasts more with `background` (white for unknown colours). */
export function readableTextColor(background: string): string {
  const rgb = hexToRgb(background);
  if (!rgb) return '#ffffff';
  const l = luminance(rgb);
  // Contrast with white is 1.05/(l+0.05); with black (l+0.05)/0.05. Pick the larger.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#111111';
}

/** The DOM for one remote caret, given the awareness `user` of its owner. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' ? user.color : '#5b6470';
  const name = typeof user.name === 'string' && user.name.trim() !== '' ? user.name : 'Someone';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.style.color = readableTextColor(color);
  label.textContent = name;
  caret.append(label);
  return caret;
}
