/**
 * Text from the server shown in a quick pick (a corpus title, a file name, a diff): VS Code reads
 * `$(name)` there as an icon, so a corpus file's `$(…)` is escaped to show as written.
 */
export function quickPickText(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
