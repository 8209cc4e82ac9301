import type { Span } from '../types';
import type { Paragraph, PartNode, SectionNode, StructureNode } from './document';

interface OpenContainer {
  readonly type: 'root' | 'section' | 'preamble' | 'operativePart';
  readonly heading?: Paragraph;
  /** Heading level; parts sit below every heading. */
  readonly level: number;
  readonly start: number;
  end: number;
  readonly children: StructureNode[];
}

const PART_LEVEL = 10;

/**
 * Nests paragraphs: a heading holds what follows it up to the next heading of the same
 * or a higher level (ALL CAPS above title case above "label:"), and consecutive preambular
 * or operative paragraphs are gathered into the preamble or the operative part.
 */
export function buildStructure(paragraphs: readonly Paragraph[]): StructureNode[] {
  const root: OpenContainer = { type: 'root', level: 0, start: 0, end: 0, children: [] };
  const stack: OpenContainer[] = [root];
  const top = (): OpenContainer => stack[stack.length - 1];

  const close = (): void => {
    const done = stack.pop()!;
    const span: Span = { start: done.start, end: done.end };
    const node: SectionNode | PartNode =
      done.type === 'section'
        ? { type: 'section', heading: done.heading!, span, children: done.children }
        : { type: done.type as PartNode['type'], span, children: done.children };
    top().children.push(node);
    top().end = Math.max(top().end, done.end);
  };

  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'heading') {
      const level = paragraph.headingLevel ?? 2;
      while (stack.length > 1 && top().level >= level) close();
      stack.push({
        type: 'section',
        heading: paragraph,
        level,
        start: paragraph.span.start,
        end: paragraph.span.end,
        children: [],
      });
      continue;
    }
    const part =
      paragraph.kind === 'preambular' ? 'preamble' : paragraph.kind === 'operative' ? 'operativePart' : undefined;
    if (part) {
      if (top().type !== part) {
        if (top().level === PART_LEVEL) close();
        stack.push({
          type: part,
          level: PART_LEVEL,
          start: paragraph.span.start,
          end: paragraph.span.end,
          children: [],
        });
      }
    } else if (paragraph.kind === 'footnote' ? false : top().level === PART_LEVEL) {
      // Running text, the closing line: the part is over. A footnote stays where it stands.
      close();
      if (paragraph.kind === 'closing' || paragraph.kind === 'enactingFormula') {
        while (stack.length > 1) close();
      }
    } else if (paragraph.kind === 'closing' || paragraph.kind === 'enactingFormula') {
      while (stack.length > 1) close();
    }
    top().children.push({ type: 'paragraph', paragraph, span: paragraph.span });
    top().end = Math.max(top().end, paragraph.span.end);
  }
  while (stack.length > 1) close();
  return root.children;
}
