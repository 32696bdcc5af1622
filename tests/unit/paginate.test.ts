import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageItems, pageRange, pageWindow } from '../../src/lib/paginate.ts';
import { articlesPageUrl, entityIndexPageUrl, entityPageUrl } from '../../src/lib/urls.ts';

describe('pagination', () => {
  it('splits a list into pages of a fixed size, keeping one page for an empty list', () => {
    expect(pageCount(0, 100)).toBe(1);
    expect(pageCount(100, 100)).toBe(1);
    expect(pageCount(101, 100)).toBe(2);
    expect(pageCount(10_000, 100)).toBe(100);
    const items = Array.from({ length: 230 }, (_, i) => i);
    expect(pageItems(items, 1, 100)).toEqual(items.slice(0, 100));
    expect(pageItems(items, 3, 100)).toEqual(items.slice(200, 230));
    expect(pageItems(items, 4, 100)).toEqual([]);
    expect(laterPages(230, 100)).toEqual([{ page: '2' }, { page: '3' }]);
    expect(laterPages(40, 100)).toEqual([]);
  });

  it('describes a page in words', () => {
    expect(pageRange(1, 50, 1234)).toBe('1–50 of 1,234');
    expect(pageRange(25, 50, 1234)).toBe('1,201–1,234 of 1,234');
  });

  it('shows the first, the last and the pages around the current one', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('gives page 1 the list’s own URL and later pages their own files', () => {
    expect(articlesPageUrl(1)).toBe('/index.html');
    expect(articlesPageUrl(3)).toBe('/articles/page-3.html');
    expect(entityIndexPageUrl('person', 1)).toBe('/people.html');
    expect(entityIndexPageUrl('organization', 2)).toBe('/organizations/page-2.html');
    expect(entityPageUrl('islamic-state', 1)).toBe('/entities/islamic-state.html');
    expect(entityPageUrl('islamic-state', 2)).toBe('/entities/islamic-state/page-2.html');
  });
});
