import { Parser } from 'htmlparser2';
import { CorpusReader, hasExtension, utf8Text } from './reader';

const EXTENSIONS = ['.html', '.htm'];
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
]);
/** Elements whose text is not the document's. */
const SKIPPED = new Set(['script', 'style', 'head', 'nav', 'noscript', 'template']);
const ITALIC = new Set(['i', 'em']);

/** Web pages (a resolution saved from a browser): one paragraph per block element, italics as `*…*`. */
export const htmlReader: CorpusReader = {
  accepts: (file) => hasExtension(file, EXTENSIONS),
  read(bytes) {
    const out: string[] = [];
    let paragraph = '';
    let skipped = 0;
    const end = (): void => {
      const text = paragraph.replace(/\s+/g, ' ').replace(/\* \*/g, ' ').replace(/\*\*/g, '').trim();
      if (text && text !== '*') out.push(text);
      paragraph = '';
    };
    const parser = new Parser(
      {
        onopentag(name) {
          if (SKIPPED.has(name)) skipped++;
          else if (BLOCKS.has(name)) end();
          else if (name === 'br') paragraph += ' ';
          else if (ITALIC.has(name) && skipped === 0) paragraph += '*';
        },
        ontext(text) {
          if (skipped === 0) paragraph += text;
        },
        onclosetag(name) {
          if (SKIPPED.has(name)) skipped = Math.max(0, skipped - 1);
          else if (BLOCKS.has(name)) end();
          else if (ITALIC.has(name) && skipped === 0) paragraph += '*';
        },
      },
      { decodeEntities: true },
    );
    parser.end(utf8Text(bytes).text);
    end();
    return { text: out.length > 0 ? `${out.join('\n\n')}\n` : '' };
  },
};
