import { randomBytes } from 'crypto';

/**
 * A server page under a strict policy: nothing loads, only the page's own style sheet and the given
 * script run, both under one nonce. The page's texts are escaped by the server.
 */
export function withPolicy(html: string, script: string): string {
  const nonce = randomBytes(16).toString('base64');
  const policy =
    '<meta http-equiv="Content-Security-Policy" ' +
    `content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">`;
  return html
    .replace('<head>', `<head>\n${policy}`)
    .replace(/<style>/g, `<style nonce="${nonce}">`)
    .replace('</body>', `<script nonce="${nonce}">${script}</script>\n</body>`);
}
