import { visibleLine } from './displayText';

/**
 * Escapes text taken from a draft or the corpus for Markdown, so that it shows as written, on one
 * line: no link, image, HTML, emphasis or `$(icon)` written in a corpus file can take effect, and
 * no bidirectional control reorders the hover.
 */
export function escapeMarkdown(text: string): string {
  return (
    visibleLine(text)
      // ":", "/" and "@" too, so that no renderer turns a bare URL or address into a link.
      .replace(/[\\`*_{}[\]()#+\-.!|~:/@$]/g, '\\$&')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}
