/**
 * Escapes text taken from a draft or the corpus for Markdown, so that it shows as written:
 * no link, image, HTML or emphasis written in a corpus file can take effect.
 */
export function escapeMarkdown(text: string): string {
  return text
    // ":", "/" and "@" too, so that no renderer turns a bare URL or address into a link.
    .replace(/[\\`*_{}[\]()#+\-.!|~:/@]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s+/g, ' ');
}
