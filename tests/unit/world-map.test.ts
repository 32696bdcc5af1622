import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element, Root, Text } from 'hast';
import {
  escapeXml,
  renderMapLegend,
  renderWorldMap,
  shadingClasses,
  shadingLevel,
} from '../../src/lib/world-map.ts';
import { countryName } from '../../src/lib/countries.ts';

/** Parse an SVG string as a hast tree (SVG space, fragment). */
function parseSvg(svg: string): Root {
  return unified().use(rehypeParse, { fragment: true, space: 'svg' }).parse(svg);
}

/** All elements with a tag name, in document order. */
function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

/** Concatenated text of a node. */
function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child: Text) => {
    text += child.value;
  });
  return text;
}

/** Class list of an element. */
function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * A strict XML well-formedness check for what the map emits (elements, attributes,
 * text; no comments or CDATA): every tag closes in order, attributes are quoted and
 * unique, and no raw `<` or stray `&` appears in text or attribute values.
 */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const entity = /&(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g;
  let position = 0;
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  while (position < xml.length) {
    const next = xml.indexOf('<', position);
    const text = xml.slice(position, next === -1 ? xml.length : next);
    if (text.replace(entity, '').includes('&')) throw new Error(`stray & in text: ${text.slice(0, 60)}`);
    if (text.includes('>')) throw new Error(`raw > in text: ${text.slice(0, 60)}`);
    if (next === -1) break;
    if (next !== 0 && stack.length === 0) throw new Error('text outside the root element');
    tag.lastIndex = next;
    const match = tag.exec(xml);
    if (match === null) throw new Error(`malformed tag at ${next}: ${xml.slice(next, next + 80)}`);
    const [whole, closing, name, attributes = '', selfClosing] = match;
    const names = [...attributes.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((attribute) => {
      if (attribute[2]!.replace(entity, '').includes('&')) throw new Error(`stray & in attribute ${attribute[1]}`);
      return attribute[1];
    });
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}> at ${next}`);
    } else if (!selfClosing) {
      stack.push(name!);
    }
    position = next + whole.length;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

/** Absolute points of SVG path data written as the map writes it (M, l, z). */
function pathPoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const command of d.match(/[Ml][^Mlz]*/g) ?? []) {
    const numbers = (command.slice(1).match(/-?(?:\d+(?:\.\d+)?|\.\d+)/g) ?? []).map(Number);
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const [dx, dy] = [numbers[index]!, numbers[index + 1]!];
      const last = points[points.length - 1];
      points.push(command[0] === 'M' || last === undefined ? [dx, dy] : [last[0] + dx, last[1] + dy]);
    }
  }
  return points;
}

/** Mean of the points of a path: a rough centre, enough to compare positions. */
function centre(d: string): [number, number] {
  const points = pathPoints(d);
  const sum = points.reduce((acc, [x, y]) => [acc[0] + x, acc[1] + y], [0, 0]);
  return [sum[0] / points.length, sum[1] / points.length];
}

const href = (code: string): string => `/countries/${code.toLowerCase()}.html?from=map&code=${code}`;

/** Twenty countries with articles, one (Singapore) too small to be drawn at 1:110m, one (Kosovo) without numeric id. */
const TWENTY = new Map<string, number>([
  ['KG', 14], ['KZ', 9], ['UZ', 11], ['TJ', 8], ['TM', 2], ['AF', 6], ['SY', 12], ['IQ', 10], ['TR', 7], ['RU', 13],
  ['US', 3], ['GB', 2], ['DE', 4], ['FR', 1], ['CN', 3], ['IR', 2], ['PK', 1], ['SG', 1], ['XK', 1], ['UA', 5],
]);

describe('renderWorldMap', () => {
  const svg = renderWorldMap({ counts: TWENTY, href, title: 'Where the articles are' });
  const tree = parseSvg(svg);
  const root = tree.children[0] as Element;

  it('is one well-formed <svg> element', () => {
    expect(() => assertWellFormedXml(svg)).not.toThrow();
    expect(tree.children).toHaveLength(1);
    expect(root.tagName).toBe('svg');
    expect(root.properties.viewBox).toMatch(/^0 0 960 \d+$/);
  });

  it('stays small', () => {
    expect(svg.length).toBeLessThan(90_000);
  });

  it('draws every country of the 1:110m atlas but Antarctica', () => {
    expect(elements(root, 'path').length).toBeGreaterThanOrEqual(170);
  });

  it('has an accessible name and a description that summarises the counts', () => {
    const [title] = elements(root, 'title');
    const [desc] = elements(root, 'desc');
    expect(textOf(title!)).toBe('Where the articles are');
    expect(root.properties.ariaLabelledBy).toEqual([title!.properties.id]);
    expect(root.properties.ariaDescribedBy).toEqual([desc!.properties.id]);
    expect(textOf(desc!)).toBe(
      'World map of the countries named in the corpus, shaded by number of articles; 20 countries. ' +
        'Most articles: Kyrgyzstan (14), Russia (13), Syria (12).',
    );
  });

  it('links exactly the countries with articles, each to href(code), with an accessible name', () => {
    const links = elements(root, 'a');
    expect(links).toHaveLength(20);
    const hrefs = links.map((link) => link.properties.href);
    expect(new Set(hrefs)).toEqual(new Set([...TWENTY.keys()].map(href)));
    for (const link of links) {
      const code = /code=(\w\w)$/.exec(String(link.properties.href))![1]!;
      const count = TWENTY.get(code)!;
      const expected = `${countryName(code)}: ${count} ${count === 1 ? 'article' : 'articles'}`;
      expect(link.properties.ariaLabel).toBe(expected);
      expect(textOf(elements(link, 'title')[0]!)).toBe(expected);
    }
    expect(links.map((link) => link.properties.ariaLabel)).toContain('Kyrgyzstan: 14 articles');
    expect(links.map((link) => link.properties.ariaLabel)).toContain('France: 1 article');
  });

  it('escapes the ampersand of the hrefs', () => {
    expect(svg).toContain('href="/countries/kg.html?from=map&#38;code=KG"');
  });

  it('shades each linked country by the class of its count, the rest at level 0', () => {
    const scale = shadingClasses(TWENTY);
    for (const link of elements(root, 'a')) {
      const code = /code=(\w\w)$/.exec(String(link.properties.href))![1]!;
      const shape = [...elements(link, 'path'), ...elements(link, 'circle')];
      expect(shape).toHaveLength(1);
      expect(classes(shape[0]!)).toContain(`map-level-${shadingLevel(TWENTY.get(code)!, scale)}`);
    }
    const unlinked = elements(root, 'g').find((group) => classes(group).includes('map-level-0'))!;
    expect(elements(unlinked, 'path').length).toBeGreaterThan(150);
    expect(elements(unlinked, 'a')).toHaveLength(0);
    const levelOf = (code: string): number => {
      const link = elements(root, 'a').find((a) => String(a.properties.href).endsWith(`code=${code}`))!;
      const shape = [...elements(link, 'path'), ...elements(link, 'circle')][0]!;
      return Number(/^map-level-(\d)$/.exec(classes(shape).find((name) => name.startsWith('map-level-'))!)![1]);
    };
    expect(levelOf('KG')).toBe(5);
    expect(levelOf('FR')).toBe(1);
    expect(levelOf('KG')).toBeGreaterThanOrEqual(levelOf('TR'));
    expect(levelOf('TR')).toBeGreaterThanOrEqual(levelOf('US'));
  });

  it('marks a country too small for the atlas with a linked dot, and links Kosovo by name', () => {
    const singapore = elements(root, 'a').find((a) => String(a.properties.href).endsWith('code=SG'))!;
    expect(elements(singapore, 'circle')).toHaveLength(1);
    const kosovo = elements(root, 'a').find((a) => String(a.properties.href).endsWith('code=XK'))!;
    expect(elements(kosovo, 'path')).toHaveLength(1);
  });

  it('draws KG, KZ, SY, IQ, TR, RU, AF, UZ and TJ with their own shapes, in the right places', () => {
    const at = (code: string): [number, number] => {
      const link = elements(root, 'a').find((a) => String(a.properties.href).endsWith(`code=${code}`))!;
      return centre(String(elements(link, 'path')[0]!.properties.d));
    };
    const [kg, kz, sy, iq, tr, ru, af, uz, tj] = ['KG', 'KZ', 'SY', 'IQ', 'TR', 'RU', 'AF', 'UZ', 'TJ'].map(at);
    // x grows eastwards, y southwards.
    expect(sy![1]).toBeGreaterThan(tr![1]); // Syria south of Turkey
    expect(iq![0]).toBeGreaterThan(sy![0]); // Iraq east of Syria
    expect(kz![1]).toBeLessThan(uz![1]); // Kazakhstan north of Uzbekistan
    expect(kg![0]).toBeGreaterThan(uz![0]); // Kyrgyzstan east of Uzbekistan
    expect(tj![1]).toBeGreaterThan(kg![1]); // Tajikistan south of Kyrgyzstan
    expect(af![1]).toBeGreaterThan(tj![1]); // Afghanistan south of Tajikistan
    expect(ru![1]).toBeLessThan(kz![1]); // Russia north of Kazakhstan
    expect(af![0]).toBeGreaterThan(iq![0]); // Afghanistan east of Iraq
  });

  it('escapes the title and the link text', () => {
    const odd = renderWorldMap({
      counts: new Map([['KG', 1]]),
      href: () => '/a?x=1&y="2"',
      title: 'Fighters & <sources> "quoted"',
    });
    expect(() => assertWellFormedXml(odd)).not.toThrow();
    expect(odd).toContain('Fighters &#38; &#60;sources&#62; &#34;quoted&#34;');
    const oddRoot = parseSvg(odd).children[0] as Element;
    expect(textOf(elements(oddRoot, 'title')[0]!)).toBe('Fighters & <sources> "quoted"');
    expect(elements(oddRoot, 'a')[0]!.properties.href).toBe('/a?x=1&y="2"');
    expect(escapeXml(`Côte d'Ivoire & <Co>`)).toBe('Côte d&#39;Ivoire &#38; &#60;Co&#62;');
  });

  it('fits the width it is given and stays inside its viewBox', () => {
    const small = renderWorldMap({ counts: new Map([['KG', 2]]), href, width: 480 });
    const smallRoot = parseSvg(small).children[0] as Element;
    const [, , width, height] = String(smallRoot.properties.viewBox).split(' ').map(Number);
    expect(width).toBe(480);
    expect(height).toBeGreaterThan(180);
    expect(height).toBeLessThan(260);
    for (const path of elements(smallRoot, 'path')) {
      for (const [x, y] of pathPoints(String(path.properties.d))) {
        expect(x).toBeGreaterThanOrEqual(-0.5);
        expect(x).toBeLessThanOrEqual(width! + 0.5);
        expect(y).toBeGreaterThanOrEqual(-0.5);
        expect(y).toBeLessThanOrEqual(height! + 0.5);
      }
    }
  });

  it('is pure: the same input gives the same output, and an empty map links nothing', () => {
    expect(renderWorldMap({ counts: TWENTY, href, title: 'Where the articles are' })).toBe(svg);
    const empty = parseSvg(renderWorldMap({ counts: new Map(), href })).children[0] as Element;
    expect(elements(empty, 'a')).toHaveLength(0);
    expect(elements(empty, 'path').length).toBeGreaterThanOrEqual(170);
    expect(textOf(elements(empty, 'desc')[0]!)).toContain('; 0 countries.');
  });

  it('ignores zero counts, merges codes in different cases and rejects unknown codes', () => {
    const merged = parseSvg(renderWorldMap({ counts: new Map([['kg', 1], ['KG', 2], ['TJ', 0]]), href })).children[0] as Element;
    const links = elements(merged, 'a');
    expect(links).toHaveLength(1);
    expect(links[0]!.properties.ariaLabel).toBe('Kyrgyzstan: 3 articles');
    expect(() => renderWorldMap({ counts: new Map([['ZZ', 1]]), href })).toThrow(/Unknown country code "ZZ"/);
  });
});

describe('shadingClasses and shadingLevel', () => {
  it('gives each of up to five distinct counts its own class, spread from level 1 to 5', () => {
    const scale = shadingClasses(new Map([['KG', 1], ['KZ', 2], ['UZ', 3], ['TJ', 1]]));
    expect(scale).toEqual([
      { level: 1, min: 1, max: 1 },
      { level: 3, min: 2, max: 2 },
      { level: 5, min: 3, max: 3 },
    ]);
    expect(shadingLevel(0, scale)).toBe(0);
    expect(shadingLevel(3, scale)).toBe(5);
    expect(shadingClasses(new Map([['KG', 4]]))).toEqual([{ level: 3, min: 4, max: 4 }]);
    expect(shadingClasses(new Map())).toEqual([]);
  });

  it('breaks many skewed counts into five contiguous classes covering them all', () => {
    const values = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 8, 13, 20, 40, 100];
    const counts = new Map(values.map((value, index) => [`C${index}`, value]));
    const scale = shadingClasses(counts);
    expect(scale.map((shadingClass) => shadingClass.level)).toEqual([1, 2, 3, 4, 5]);
    expect(scale[0]!.min).toBe(1);
    expect(scale[4]!.max).toBe(100);
    for (let index = 1; index < scale.length; index += 1) {
      expect(scale[index]!.min).toBeGreaterThan(scale[index - 1]!.max);
    }
    for (const value of values) {
      const level = shadingLevel(value, scale);
      const own = scale.find((shadingClass) => value >= shadingClass.min && value <= shadingClass.max)!;
      expect(level).toBe(own.level);
    }
    // one outlier does not squash everyone else into the lightest class
    expect(shadingLevel(1, scale)).toBe(1);
    expect(shadingLevel(3, scale)).toBeGreaterThan(1);
  });
});

describe('renderMapLegend', () => {
  it('lists the classes in use and "no articles", with swatches of the same classes', () => {
    const legend = renderMapLegend(new Map([['KG', 1], ['KZ', 2], ['UZ', 2], ['TJ', 7]]));
    const tree = unified().use(rehypeParse, { fragment: true }).parse(legend);
    const items = elements(tree, 'li');
    expect(items.map(textOf).map((text) => text.trim())).toEqual(['1 article', '2 articles', '7 articles', 'no articles']);
    expect(items.map((item) => classes(elements(item, 'rect')[0]!)[0])).toEqual([
      'map-level-1',
      'map-level-3',
      'map-level-5',
      'map-level-0',
    ]);
    expect(renderMapLegend(new Map())).toBe('');
  });

  it('writes ranges for classes of several counts', () => {
    const values = [1, 1, 2, 3, 5, 8, 13, 21, 34];
    const legend = renderMapLegend(new Map(values.map((value, index) => [['KG', 'KZ', 'UZ', 'TJ', 'TM', 'AF', 'SY', 'IQ', 'TR'][index]!, value])));
    expect(legend).toMatch(/\d+–\d+ articles/);
  });
});
