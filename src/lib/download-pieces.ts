/**
 * A large download made of pieces, one per article, whose bytes the next
 * build reuses: each piece has a key (a digest of everything its text is made
 * from), and an index beside the cached copy of the download records where
 * each key's bytes lie in it. A build makes the text of the pieces whose key
 * is new and reads the others' bytes from the last build's file (consecutive
 * ones in one read), so that after one changed article the 150 MB of
 * downloads at 10,000 articles are not serialised again row by row.
 *
 * The index is trusted only for the file it was written for (same size,
 * modification time and inode) and the same code key; anything else, a
 * missing or damaged index included, makes every piece anew. The output is
 * byte for byte `head + texts.join(separator) + tail` (`empty` when there is
 * no piece) either way (tests/unit/download-pieces.test.ts).
 *
 * Since a piece's bytes follow from its key (under the same code key), the
 * download's bytes follow from its keys in order: {@link PiecedDownload.digest}
 * is a digest of those, known before anything is read or made, so that the
 * writer can link an unchanged download without making it, and need not hash
 * 150 MB to tell whether a download changed.
 */
import { createHash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';

/** One piece: its key and a function making its text (called only when the key is new). */
export interface Piece {
  key: string;
  text: () => string;
}

/** How the pieces are put together. */
export interface PieceLayout {
  /** Before the first piece. */
  head: string;
  /** Between two pieces. */
  separator: string;
  /** After the last piece. */
  tail: string;
  /** The whole text when there is no piece. */
  empty: string;
}

/** The index of a download's pieces, as written beside its cached copy. */
interface PieceIndex {
  /** The code key the pieces were made with. */
  code: string;
  /** Size, modification time (ms) and inode of the file the ranges are in. */
  stamp: [number, number, number];
  keys: string[];
  starts: number[];
  lengths: number[];
}

/** Chunks of a pieced download, and what to do once they are written. */
export interface PiecedDownload {
  /** A digest standing for the download's bytes: of the layout, the code key and the pieces' keys in order. */
  digest: string;
  /**
   * The download's bytes, in chunks of about a megabyte; a chunk of reused
   * bytes is valid only until the next one is asked for (copy it to keep it).
   */
  chunks: Iterable<Uint8Array>;
  /** How many pieces were read from the last build's file (known once the chunks are consumed). */
  reused(): number;
  /** How many pieces the download has (known once the chunks are consumed). */
  pieces(): number;
  /**
   * Record where each piece lies in the file just written; call it once the
   * chunks are consumed and the file is in place. When the chunks were never
   * made (the last build's file was kept whole), the index that describes it
   * is left as it is.
   */
  saveIndex(): void;
}

/** Bytes gathered before a chunk is handed on. */
const CHUNK_BYTES = 1 << 20;

/** Changes whenever the same keys would give other bytes: part of {@link PiecedDownload.digest}. */
const DIGEST_FORMAT = 'pieced-download 1';

/**
 * @param keys The pieces' keys, in order.
 * @param layout How they are put together.
 * @param code The code key the pieces are made with.
 * @returns A digest standing for the bytes they make.
 */
function piecesDigest(keys: readonly string[], layout: PieceLayout, code: string): string {
  const hash = createHash('sha1').update(`${DIGEST_FORMAT}\n${JSON.stringify([layout.head, layout.separator, layout.tail, layout.empty, code])}\n`);
  for (const key of keys) hash.update(key).update('\n');
  return `pieces ${hash.digest('hex')}`;
}

/**
 * @param file The last build's file (the cached copy of the download).
 * @param indexFile Its index.
 * @param code The code key the pieces must have been made with.
 * @returns Each key's byte range in the file, or an empty map when the index does not describe it.
 */
function readIndex(file: string, indexFile: string, code: string): Map<string, [number, number]> {
  try {
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as PieceIndex;
    const stats = lstatSync(file);
    const [size, mtimeMs, ino] = index.stamp;
    if (index.code !== code || stats.size !== size || stats.mtimeMs !== mtimeMs || stats.ino !== ino) return new Map();
    if (index.keys.length !== index.starts.length || index.keys.length !== index.lengths.length) return new Map();
    return new Map(index.keys.map((key, at) => [key, [index.starts[at]!, index.lengths[at]!]]));
  } catch {
    return new Map();
  }
}

/**
 * A download made of pieces, reusing the bytes of the last build's file where a piece's key is unchanged.
 * @param pieces The pieces, in order (keys unique).
 * @param layout How they are put together.
 * @param cache The last build's file (where the new one will be too, once written) and its index; without it every piece is made.
 * @returns The chunks, and the index to save once they are written.
 */
export function piecedDownload(pieces: readonly Piece[], layout: PieceLayout, cache?: { file: string; index: string; code: string }): PiecedDownload {
  const digest = piecesDigest(
    pieces.map((piece) => piece.key),
    layout,
    cache?.code ?? '',
  );
  // Read when the chunks are first made: a download kept whole never reads its index.
  let previous = new Map<string, [number, number]>();
  let made = false;
  const keys: string[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  let reusedCount = 0;

  /** @yields The download's bytes. */
  function* generate(): Generator<Uint8Array> {
    if (made) throw new Error('a pieced download is made once');
    made = true;
    previous = cache ? readIndex(cache.file, cache.index, cache.code) : new Map<string, [number, number]>();
    const fd = previous.size > 0 && cache ? openSync(cache.file, 'r') : undefined;
    let batch: Uint8Array[] = [];
    let batchBytes = 0;
    let offset = 0;
    // A run of reused pieces lying one after the other in the old file, read at once.
    let runStart = -1;
    let runLength = 0;
    const push = (bytes: Uint8Array): void => {
      batch.push(bytes);
      batchBytes += bytes.length;
      offset += bytes.length;
    };
    /** The gathered bytes as one chunk (a single part is handed on as it is, not copied). */
    const takeBatch = (): Uint8Array => {
      const chunk = batch.length === 1 ? batch[0]! : Buffer.concat(batch, batchBytes);
      batch = [];
      batchBytes = 0;
      return chunk;
    };
    // The old bytes pass through one buffer: 150 MB at 10,000 articles, read and written a megabyte at a time.
    let passage: Buffer | undefined;
    /** @yields What was gathered, then the run of old bytes, a buffer's worth at a time (each valid until the next is asked for). */
    function* flushRun(): Generator<Uint8Array> {
      if (runLength === 0 || fd === undefined) return;
      if (batchBytes > 0) yield takeBatch();
      passage ??= Buffer.allocUnsafe(CHUNK_BYTES);
      for (let done = 0; done < runLength; ) {
        const want = Math.min(passage.length, runLength - done);
        let filled = 0;
        while (filled < want) {
          const read = readSync(fd, passage, filled, want - filled, runStart + done + filled);
          if (read === 0) throw new Error(`${cache?.file}: ended before byte ${runStart + runLength} of a reused piece`);
          filled += read;
        }
        done += filled;
        offset += filled;
        yield passage.subarray(0, filled);
      }
      runLength = 0;
    }
    try {
      const separator = Buffer.from(layout.separator, 'utf8');
      let first = true;
      for (const piece of pieces) {
        const range = fd === undefined ? undefined : previous.get(piece.key);
        if (first) push(Buffer.from(layout.head, 'utf8'));
        else if (separator.length > 0) {
          // The old file has the same separator between two pieces it holds one after the other: the run goes on over it.
          if (range && runLength > 0 && runStart + runLength + separator.length === range[0]) runLength += separator.length;
          else {
            yield* flushRun();
            push(separator);
          }
        }
        first = false;
        keys.push(piece.key);
        if (range) {
          if (runLength > 0 && runStart + runLength === range[0]) runLength += range[1];
          else {
            yield* flushRun();
            runStart = range[0];
            runLength = range[1];
          }
          starts.push(offset + runLength - range[1]);
          lengths.push(range[1]);
          reusedCount += 1;
        } else {
          yield* flushRun();
          const bytes = Buffer.from(piece.text(), 'utf8');
          starts.push(offset);
          lengths.push(bytes.length);
          push(bytes);
        }
        if (batchBytes >= CHUNK_BYTES) yield takeBatch();
      }
      yield* flushRun();
      push(Buffer.from(first ? layout.empty : layout.tail, 'utf8'));
      if (batchBytes > 0) yield takeBatch();
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  return {
    digest,
    chunks: { [Symbol.iterator]: generate },
    reused: () => (made ? reusedCount : pieces.length),
    pieces: () => pieces.length,
    saveIndex(): void {
      if (!cache || !made) return;
      const stats = lstatSync(cache.file);
      const index: PieceIndex = { code: cache.code, stamp: [stats.size, stats.mtimeMs, stats.ino], keys, starts, lengths };
      writeFileSync(cache.index, JSON.stringify(index));
    },
  };
}
