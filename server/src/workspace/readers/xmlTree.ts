/**
 * A small element tree read with saxes, a strict XML parser: the AKN reader walks elements and
 * text nodes, never the XML's characters. Namespace prefixes are kept in names ("akn4un:voters").
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | string;

interface OpenElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
}

/** Parses a whole document; throws on XML that is not well-formed, with the parser's message. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: OpenElement = { name: '#document', attributes: {}, children: [] };
  const stack: OpenElement[] = [root];
  let failure: Error | undefined;
  parser.on('opentag', (tag) => {
    const element: OpenElement = {
      name: tag.name,
      attributes: { ...tag.attributes } as Record<string, string>,
      children: [],
    };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.on('cdata', (text) => {
    stack[stack.length - 1].children.push(text);
  });
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  const element = root.children.find(isElement);
  if (!element) throw new Error('no root element');
  return element;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

/** The element children, in order. */
export function elements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** The first element of that name in document order, the element itself included. */
export function descendant(element: XmlElement, name: string): XmlElement | undefined {
  if (element.name === name) return element;
  for (const c of element.children) {
    if (!isElement(c)) continue;
    const found = descendant(c, name);
    if (found) return found;
  }
  return undefined;
}

/** Every element of that name below this one, in document order, not looking inside a match. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of element.children) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    else descendants(c, name, out);
  }
  return out;
}

/** All the text below the element, as it stands. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
