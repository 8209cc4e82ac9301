/**
 * A strict reader of the XML the export writes (no DTD, no CDATA, no comments, no processing
 * instructions but the declaration): it throws on anything not well-formed, and returns the tree
 * so that tests can check the document's shape.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = '[A-Za-z_][\\w.-]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})="([^"<]*)"`, 'y');
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function decode(text: string, at: number): string {
  if (FORBIDDEN.test(text)) throw new Error(`character not allowed in XML near offset ${at}`);
  const bare = text.replace(ENTITY, '');
  if (/[&<>]/.test(bare))
    throw new Error(`unescaped "${/[&<>]/.exec(bare)![0]}" near offset ${at}: ${JSON.stringify(text.slice(0, 60))}`);
  return text.replace(
    ENTITY,
    (e) =>
      (({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" }) as Record<string, string>)[e] ??
      String.fromCodePoint(Number(e.startsWith('&#x') ? `0x${e.slice(3, -1)}` : e.slice(2, -1))),
  );
}

export function parseXml(xml: string): XmlElement {
  let at = 0;
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/.exec(xml);
  if (!declaration) throw new Error('no XML declaration');
  at = declaration[0].length;
  const stack: { name: string; attributes: Record<string, string>; children: (XmlElement | string)[] }[] = [];
  let root: XmlElement | undefined;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (text) {
      if (stack.length === 0) {
        if (text.trim()) throw new Error(`text outside the root element at ${at}`);
      } else {
        stack[stack.length - 1].children.push(decode(text, at));
      }
    }
    if (lt < 0) break;
    at = lt;
    if (xml.startsWith('</', at)) {
      const close = new RegExp(`</(${NAME})\\s*>`, 'y');
      close.lastIndex = at;
      const m = close.exec(xml);
      if (!m) throw new Error(`malformed end tag at ${at}`);
      const open = stack.pop();
      if (!open || open.name !== m[1]) throw new Error(`</${m[1]}> at ${at} closes <${open?.name ?? 'nothing'}>`);
      const element: XmlElement = open;
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else root = element;
      at = close.lastIndex;
      continue;
    }
    const start = new RegExp(`<(${NAME})`, 'y');
    start.lastIndex = at;
    const m = start.exec(xml);
    if (!m) throw new Error(`malformed tag at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    if (root) throw new Error(`a second root element at ${at}`);
    at = start.lastIndex;
    const attributes: Record<string, string> = {};
    for (;;) {
      ATTRIBUTE.lastIndex = at;
      const a = ATTRIBUTE.exec(xml);
      if (!a) break;
      if (a[1] in attributes) throw new Error(`attribute ${a[1]} twice at ${at}`);
      attributes[a[1]] = decode(a[2], at);
      at = ATTRIBUTE.lastIndex;
    }
    const end = /\s*(\/?)>/y;
    end.lastIndex = at;
    const e = end.exec(xml);
    if (!e) throw new Error(`malformed start tag <${m[1]}> at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    at = end.lastIndex;
    const element = { name: m[1], attributes, children: [] as (XmlElement | string)[] };
    if (e[1]) {
      if (stack.length > 0) stack[stack.length - 1].children.push(element);
      else root = element;
    } else {
      stack.push(element);
    }
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element below `element` (itself included) named `name`, in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = element.name === name ? [element] : [];
  for (const child of element.children) if (typeof child !== 'string') found.push(...elementsNamed(child, name));
  return found;
}

/** The text content of an element, its descendants' included. */
export function textOf(element: XmlElement | string): string {
  return typeof element === 'string' ? element : element.children.map(textOf).join('');
}
