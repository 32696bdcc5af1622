import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSeed, firstInvalidUtf8Offset, toLines } from '../../src/pipeline/stages/read.ts';
import { SeedError } from '../../src/pipeline/types.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const seedsDir = new URL('../../seeds/', import.meta.url);

/** Run decodeSeed and return the SeedError it throws. */
function decodeError(bytes: Uint8Array, options?: { maxBytes?: number }): SeedError {
  try {
    decodeSeed(bytes, 'seeds/x.txt', options);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return error as SeedError;
  }
  throw new Error('decodeSeed did not throw');
}

describe('decodeSeed', () => {
  it('decodes every seed and keeps its text', () => {
    for (const name of readdirSync(seedsDir).filter((file) => file.endsWith('.txt'))) {
      const text = decodeSeed(readFileSync(new URL(name, seedsDir)), `seeds/${name}`);
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toMatch(/\r|\u00A0|[ \t]+\n|\n{4,}/);
    }
    const tass = decodeSeed(readFileSync(new URL('002_d7b3aafb81283db4.txt', seedsDir)), 'seeds/002.txt');
    // The non-breaking space after "Patrushev" becomes one plain space.
    expect(tass).toContain('Nikolai Patrushev told a meeting');
    const tengri = decodeSeed(readFileSync(new URL('001_5aa293250e0fc64e.txt', seedsDir)), 'seeds/001.txt');
    expect(tengri).toContain('25 сентября 2013, 14:51');
  });

  it('strips a BOM, unifies line ends and normalises to NFC', () => {
    const text = decodeSeed(utf8('\uFEFFTitle line\r\nSecond\rThird\u2028Fourth\ne\u0301migre\u0301s'), 'a.txt');
    expect(text).toBe('Title line\nSecond\nThird\nFourth\némigrés\n');
  });

  it('turns control characters and odd spaces into plain spaces and removes invisible ones', () => {
    const text = decodeSeed(utf8('Kyr\u200Bgyz\u00A0officials\u2009said \u0007 so\u00AD.\t\nNext\u202Fline'), 'a.txt');
    expect(text).toBe('Kyrgyz officials said so.\nNext line\n');
  });

  it('replaces a stray NUL instead of rejecting the file', () => {
    expect(decodeSeed(utf8('Militants\u0000 returned home.\n'), 'a.txt')).toBe('Militants returned home.\n');
  });

  it('cuts trailing white space and runs of three or more blank lines to two', () => {
    const text = decodeSeed(utf8('A   \n\n\n\n\nB\t \n\n\nC\n\nD\n\n\n\n'), 'a.txt');
    expect(text).toBe('A\n\n\nB\n\n\nC\n\nD\n');
  });

  it('keeps the indentation of list items but collapses inner runs of spaces', () => {
    expect(decodeSeed(utf8('  1. Main\nSome   words\there'), 'a.txt')).toBe('  1. Main\nSome words here\n');
  });

  it('rejects an empty or white-space-only file', () => {
    for (const content of ['', '   \n\t\n\u00A0\n', '\uFEFF']) {
      const error = decodeError(utf8(content));
      expect(error.message).toBe('seeds/x.txt: is empty, expected the text of an article');
      expect(error.file).toBe('seeds/x.txt');
    }
  });

  it('rejects binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(decodeError(png).message).toMatch(/looks like binary data .* expected UTF-8 text/);
  });

  it('rejects text full of replacement characters', () => {
    const garbled = utf8('Kyrgyz \uFFFD\uFFFD officials \uFFFD\uFFFD\uFFFD said \uFFFD\uFFFD');
    expect(decodeError(garbled).message).toMatch(/looks like binary or garbled data \(7 of \d+ characters/);
  });

  it('rejects Windows-1251 text with the byte offset of the first bad byte, without guessing', () => {
    // "Реклама" in Windows-1251, after an ASCII line.
    const cp1251 = new Uint8Array([...utf8('Ad line\n'), 0xd0, 0xe5, 0xea, 0xeb, 0xe0, 0xec, 0xe0]);
    const error = decodeError(cp1251);
    expect(error.message).toMatch(/^seeds\/x\.txt: is not valid UTF-8 \(byte offset 8\), expected UTF-8 text/);
  });

  it('rejects Latin-1 text', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' in Bishkek')]);
    expect(decodeError(latin1).message).toContain('is not valid UTF-8 (byte offset 3)');
  });

  it('rejects UTF-16 text and says how to fix it', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Title line'].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(decodeError(utf16).message).toMatch(/UTF-16 .* save the file as UTF-8/);
    const noBom = new Uint8Array([...'Militants returned'].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(decodeError(noBom).message).toMatch(/UTF-16/);
  });

  it('rejects a file over the size limit and names the size and the limit', () => {
    const big = utf8('word '.repeat(300));
    expect(decodeError(big, { maxBytes: 1024 }).message).toBe(
      'seeds/x.txt: is 1.5 KiB (1500 bytes), larger than the limit of 1 KiB (1024 bytes); a seed should hold the text of one article',
    );
    const huge = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61);
    expect(decodeError(huge).message).toMatch(/is 2 MiB \(2097153 bytes\), larger than the limit of 2 MiB \(2097152 bytes\)/);
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('accepts valid UTF-8 of every length', () => {
    expect(firstInvalidUtf8Offset(utf8('a é € 𝄞 сентября'))).toBe(-1);
  });

  it('finds overlong forms, surrogates, truncated sequences and stray continuation bytes', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xe2, 0x82]))).toBe(0);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
  });
});

describe('toLines', () => {
  it('numbers lines from 1, trims them and drops blank ones', () => {
    expect(toLines('Title\n\n  1. Main  \n\t\nLast line\n')).toEqual([
      { line: 1, text: 'Title' },
      { line: 3, text: '1. Main' },
      { line: 5, text: 'Last line' },
    ]);
  });

  it('gives the line numbers of the normalised seed', () => {
    const text = decodeSeed(readFileSync(new URL('000_dab88c6e5d4aaa94.txt', seedsDir)), 'seeds/000.txt');
    const lines = toLines(text);
    expect(lines[0]).toEqual({ line: 1, text: 'Accessibility links' });
    expect(lines[2]).toEqual({ line: 5, text: 'More Than 330 Kyrgyz Said To Be Fighting Alongside IS In Syria, Iraq' });
    expect(lines.at(-1)?.text).toBe('Latest Posts');
  });
});
