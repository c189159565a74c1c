import { describe, expect, test } from 'vitest';
import { nameSearchLink } from '../../../src/lib/site/name-search-link.ts';
import { readSearchState } from '../../../src/lib/search/url-state.ts';

describe('nameSearchLink', () => {
  test.each([
    { kind: 'people' as const, name: 'Mike Pompeo', href: '/search/?person=Mike+Pompeo', label: 'Search within articles about Mike Pompeo' },
    { kind: 'places' as const, name: 'Idlib', href: '/search/?place=Idlib', label: 'Search within articles about Idlib' },
    { kind: 'organizations' as const, name: 'Al-Nusra Front', href: '/search/?organization=Al-Nusra+Front', label: 'Search within articles about Al-Nusra Front' },
    { kind: 'people' as const, name: 'Recep Tayyip Erdoğan', href: '/search/?person=Recep+Tayyip+Erdo%C4%9Fan', label: 'Search within articles about Recep Tayyip Erdoğan' },
  ])('$kind: $href', ({ kind, name, href, label }) => {
    expect(nameSearchLink(kind, name)).toEqual({ href, label });
  });

  test('the search page reads the name back from the link', () => {
    expect(readSearchState(new URL(nameSearchLink('people', 'Mike Pompeo')?.href ?? '', 'http://x').search).person).toBe('Mike Pompeo');
  });

  test.each([{ kind: 'authors' as const }, { kind: 'sources' as const }])('no link for $kind', ({ kind }) => {
    expect(nameSearchLink(kind, 'AFP')).toBeNull();
  });
});
