import { describe, expect, it } from 'vitest';
import { outputPathOf } from '../../src/lib/output-path.ts';

describe('outputPathOf', () => {
  it('maps page URLs to the files build.format "file" writes', () => {
    expect(outputPathOf('/', '/')).toBe('index.html');
    expect(outputPathOf('/articles/x', '/')).toBe('articles/x.html');
    expect(outputPathOf('/articles/x.html', '/')).toBe('articles/x.html');
    expect(outputPathOf('/people/page-2', '/')).toBe('people/page-2.html');
    expect(outputPathOf('/404.html', '/')).toBe('404.html');
    expect(outputPathOf('/guide/', '/')).toBe('guide/index.html');
  });

  it('takes the base path off', () => {
    expect(outputPathOf('/dossier/', '/dossier/')).toBe('index.html');
    expect(outputPathOf('/dossier', '/dossier/')).toBe('index.html');
    expect(outputPathOf('/dossier/entities/islamic-state.html', '/dossier')).toBe('entities/islamic-state.html');
  });
});
