import type { Claim } from '../src/schemas/claims.js';

/**
 * What is wrong with the claims' quotations of an article whose text is `articleText`: a passage
 * (the parts of `wording` between ` [...] `) that is not in the text word for word, or a
 * `location` whose quoted opening words start no paragraph holding every passage. Empty when all
 * hold. The article itself stays outside the repository (it is quoted, never copied).
 */
export function quoteProblems(claims: readonly Claim[], articleText: string): string[] {
  const paragraphs = articleText.split('\n');
  return claims.flatMap((claim) => {
    const passages = claim.wording.split(' [...] ');
    const missing = passages
      .filter((passage) => !articleText.includes(passage))
      .map((passage) => `${claim.id}: not in the article word for word: "${passage}"`);
    const opening = /begins "([^"]+)"/.exec(claim.location ?? '')?.[1];
    const paragraph = opening && paragraphs.find((line) => line.startsWith(opening));
    const placed =
      paragraph && passages.every((passage) => paragraph.includes(passage))
        ? []
        : [
            `${claim.id}: location ${JSON.stringify(claim.location)} names no paragraph holding the quote`,
          ];
    return [...missing, ...placed];
  });
}
