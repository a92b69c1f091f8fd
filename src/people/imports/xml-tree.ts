import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { malformed, type ImportFormat } from './import-report.js';

/** A parsed XML element: child elements by local name (namespace prefixes dropped). */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

/** Parses XML text; text that is not well-formed XML is an error naming the line. */
export function parseXml(format: ImportFormat, text: string): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw malformed(format, `line ${valid.err.line}`, `is not well-formed XML (${valid.err.msg})`);
  }
  return parser.parse(text) as XmlNode;
}

/** The child elements of a name, always as a list. */
export function children(node: unknown, name: string): XmlNode[] {
  if (typeof node !== 'object' || node === null) return [];
  const v = (node as XmlNode)[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map((c) =>
    typeof c === 'object' && c !== null ? (c as XmlNode) : { '#text': c },
  );
}

/** The first child element of a name, if any. */
export function child(node: unknown, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The text of an element (or of a path of first children), '' when absent. */
export function textOf(node: unknown, ...path: string[]): string {
  let current: unknown = node;
  for (const name of path) current = child(current, name);
  if (current === undefined) return '';
  if (typeof current !== 'object' || current === null) return String(current).trim();
  const t = (current as XmlNode)['#text'];
  return t === undefined ? '' : String(t).trim();
}

/** An attribute of an element, '' when absent. */
export function attribute(node: XmlNode | undefined, name: string): string {
  const v = node?.[`@${name}`];
  return v === undefined ? '' : String(v).trim();
}
