// A tiny XML writer for the manifest: elements as data, escaping in one place, stable indentation.

export interface XmlElement {
  readonly name: string;
  readonly attrs?: Readonly<Record<string, string | undefined>>;
  readonly children?: readonly XmlChild[];
}
export type XmlChild = XmlElement | { readonly text: string } | { readonly comment: string };

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function el(name: string, attrs: XmlElement['attrs'] = {}, children: readonly (XmlChild | null | false)[] = []): XmlElement {
  return { name, attrs, children: children.filter((child): child is XmlChild => Boolean(child)) };
}

export function text(value: string): XmlChild {
  return { text: value };
}

export function comment(value: string): XmlChild {
  return { comment: value };
}

function renderAttrs(attrs: XmlElement['attrs']): string {
  return Object.entries(attrs ?? {})
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

export function renderXml(node: XmlChild, indent = ''): string {
  if ('comment' in node) return `${indent}<!-- ${node.comment.replace(/--/g, '- -')} -->`;
  if ('text' in node) return `${indent}${escapeXml(node.text)}`;
  const open = `${indent}<${node.name}${renderAttrs(node.attrs)}`;
  const children = node.children ?? [];
  if (children.length === 0) return `${open}/>`;
  const only = children[0];
  if (children.length === 1 && only && 'text' in only) return `${open}>${escapeXml(only.text)}</${node.name}>`;
  const inner = children.map((child) => renderXml(child, `${indent}  `)).join('\n');
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}
