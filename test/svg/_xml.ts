/** A parsed XML element: enough structure to check an SVG without a DOM. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;

function decode(s: string, where: string): string {
  for (let i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
    if (!ENTITY.test(s.slice(i))) throw new Error(`bad entity in ${where}: ${s.slice(i, i + 12)}`);
  }
  return s
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * A strict little XML reader: one root, every tag closed in order, attributes quoted and not repeated,
 * no stray `<` or `&` in text. Throws on anything not well-formed.
 */
export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (text.length > 0) {
      if (text.includes('>')) throw new Error(`stray '>' in text: ${text.slice(0, 40)}`);
      const top = stack[stack.length - 1];
      if (top === undefined) { if (text.trim() !== '') throw new Error('text outside the root'); }
      else top.text += decode(text, `text of <${top.name}>`);
    }
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error('unclosed tag');
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const m = /^([A-Za-z_][\w:.-]*)/.exec(body);
    if (m === null) throw new Error(`bad tag <${tag.slice(0, 20)}>`);
    const el: XmlElement = { name: m[1] as string, attrs: {}, children: [], text: '' };
    let rest = body.slice(m[0].length);
    const attr = /^\s+([A-Za-z_][\w:.-]*)="([^"<]*)"/;
    for (let a = attr.exec(rest); a !== null; a = attr.exec(rest)) {
      const key = a[1] as string;
      if (Object.hasOwn(el.attrs, key)) throw new Error(`repeated attribute ${key} on <${el.name}>`);
      el.attrs[key] = decode(a[2] as string, `${el.name}@${key}`);
      rest = rest.slice(a[0].length);
    }
    if (rest.trim() !== '') throw new Error(`bad attributes on <${el.name}>: ${rest.slice(0, 30)}`);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root) throw new Error('more than one root');
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element under (and including) a root, depth first. */
export function all(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(all)];
}

/** Elements with a class. */
export function byClass(el: XmlElement, cls: string): XmlElement[] {
  return all(el).filter((e) => (e.attrs.class ?? '').split(/\s+/).includes(cls));
}
