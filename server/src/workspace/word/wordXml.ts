/**
 * The XML parts of a Word file, parsed into ordered element trees. `fast-xml-parser` reads the XML;
 * namespace prefixes are dropped (`w:p` is `p`), since every part read here is WordprocessingML.
 */
import { XMLParser } from 'fast-xml-parser';
import type JSZip from 'jszip';

/** An element: its name (without prefix), attributes (without prefix) and children, text nodes as `#text`. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

export type XmlNode = XmlElement | { readonly name: '#text'; readonly text: string };

/** A file that is not a Word document, with a message fit for one line of output. */
export class WordFileError extends Error {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

type ParsedNode = Record<string, unknown>;

function convert(node: ParsedNode): XmlNode | undefined {
  if ('#text' in node) return { name: '#text', text: String(node['#text']) };
  const name = Object.keys(node).find((key) => key !== ':@');
  if (name === undefined || name.startsWith('?')) return undefined;
  const attributes = (node[':@'] as Record<string, string> | undefined) ?? {};
  const children = (node[name] as ParsedNode[]).map(convert).filter((c): c is XmlNode => c !== undefined);
  return { name, attributes, children };
}

/** The root element of an XML text. */
export function parseXmlPart(xml: string): XmlElement | undefined {
  const nodes = (parser.parse(xml) as ParsedNode[]).map(convert);
  return nodes.find((n): n is XmlElement => n !== undefined && n.name !== '#text');
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => c.name !== '#text' && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => c.name === name);
}

/** A `w:val`-style toggle: present and not "0", "false" or "off". */
export function isOn(element: XmlElement | undefined): boolean {
  return element !== undefined && (element.attributes.val === undefined || isTrue(element.attributes.val));
}

/** An OOXML boolean attribute's value: anything but "0", "false" and "off". */
export function isTrue(value: string): boolean {
  return !['0', 'false', 'off'].includes(value);
}

/** The parts of a .docx this reader needs: the main document, its numbering, styles and footnotes. */
export interface WordParts {
  readonly document: XmlElement;
  readonly numbering?: XmlElement;
  readonly styles?: XmlElement;
  readonly footnotes?: XmlElement;
}

export async function readWordParts(bytes: Uint8Array): Promise<WordParts> {
  let zip: JSZip;
  // Loaded when a first Word file is read, not at every start of the server.
  const { default: zipReader } = await import('jszip');
  try {
    zip = await zipReader.loadAsync(bytes);
  } catch {
    throw new WordFileError('not a Word file (.docx): it is not a zip archive');
  }
  const part = async (path: string): Promise<XmlElement | undefined> => {
    const file = zip.file(path);
    return file ? parseXmlPart(await file.async('string')) : undefined;
  };
  // The package's relationships name the main part; Word and LibreOffice both call it word/document.xml.
  const rels = await part('_rels/.rels');
  const main = rels && childElements(rels, 'Relationship').find((r) => r.attributes.Type?.endsWith('/officeDocument'));
  const documentPath = (main?.attributes.Target ?? 'word/document.xml').replace(/^\//, '');
  const document = await part(documentPath);
  if (!document || document.name !== 'document')
    throw new WordFileError('not a Word file (.docx): it has no word processing document');
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const [numbering, styles, footnotes] = await Promise.all(
    ['numbering.xml', 'styles.xml', 'footnotes.xml'].map((name) => part(folder + name)),
  );
  return { document, numbering, styles, footnotes };
}
