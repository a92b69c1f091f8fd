import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IMPORT_LIMITS } from '../../imports-runtime/import-limits.js';
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
  // Only the predefined and HTML entities: a document type (and so any entity it declares) is
  // refused before parsing.
  processEntities: true,
  htmlEntities: true,
  maxNestedTags: IMPORT_LIMITS.xmlDepth,
});

const DOCTYPE = /<!DOCTYPE/i;

/**
 * Parses XML text; text that is not well-formed XML is an error naming the line. Documents
 * with a DOCTYPE (entities, external or not), nested deeper than the limit or naming an element
 * like an object's own properties (`__proto__`) are refused the same way.
 */
export function parseXml(format: ImportFormat, text: string): XmlNode {
  const doctype = DOCTYPE.exec(text);
  if (doctype) {
    const line = text.slice(0, doctype.index).split('\n').length;
    throw malformed(
      format,
      `line ${line}`,
      'declares a DOCTYPE: DTDs and entities are not accepted',
    );
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw malformed(format, `line ${valid.err.line}`, `is not well-formed XML (${valid.err.msg})`);
  }
  try {
    return parser.parse(text) as XmlNode;
  } catch (error) {
    throw malformed(format, 'document', unreadableReason((error as Error).message));
  }
}

/** The parser's refusal in the user's words. */
function unreadableReason(message: string): string {
  if (/nested tags/i.test(message))
    return `nests elements deeper than ${IMPORT_LIMITS.xmlDepth} levels`;
  const reserved = /Invalid name: "([^"]+)"/.exec(message);
  if (reserved) return `uses the reserved element or attribute name "${reserved[1]}"`;
  return `cannot be read (${message.replace(/^\[\w+\]\s*/, '')})`;
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
