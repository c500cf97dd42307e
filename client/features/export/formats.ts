/** What each export format is for, in the words the Export dialog uses. */
import type { ExportFormat } from '../../http/export.ts';

export interface FormatChoice {
  format: ExportFormat;
  /** The radio button's label. */
  label: string;
  /** Why a person would pick it. */
  purpose: string;
  /** "your PDF", in "Preparing your PDF…". */
  noun: string;
  extension: string;
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { format: 'pdf', label: 'PDF', purpose: 'For the board packet: ready to print and post, tagged for screen readers.', noun: 'PDF', extension: 'pdf' },
  { format: 'docx', label: 'Word', purpose: 'For mark-up: edit, comment and track changes in Word.', noun: 'Word document', extension: 'docx' },
  { format: 'md', label: 'Markdown', purpose: 'Plain text for a wiki or a repository.', noun: 'Markdown file', extension: 'md' },
  { format: 'html', label: 'HTML', purpose: 'One web page to post on the district website.', noun: 'web page', extension: 'html' },
];

export function formatChoice(format: ExportFormat): FormatChoice {
  const choice = FORMAT_CHOICES.find((candidate) => candidate.format === format);
  if (!choice) throw new Error(`unknown export format ${format}`);
  return choice;
}
