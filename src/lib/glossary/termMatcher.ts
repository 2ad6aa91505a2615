/** What the matcher needs of a glossary term. */
export interface MatchableTerm {
  id: string;
  /** Words that count as a mention of the term. */
  matches: readonly string[];
}

/** One mention of a term in a string. */
export interface TermMention {
  termId: string;
  /** Offset of the first character. */
  start: number;
  end: number;
  text: string;
}

const isAsciiWordChar = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9]/.test(ch);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds term mentions in text, left to right, the longest word first where
 * two start at the same place (千川投流 before 千川). Latin words match in any
 * case but only as whole words (KA is not found in “KAB”); Chinese words match
 * anywhere, since Chinese has no spaces between words.
 */
export function termMatcher(terms: readonly MatchableTerm[]): (text: string) => TermMention[] {
  const byWord = new Map<string, string>();
  for (const term of terms) for (const word of term.matches) byWord.set(word.toLowerCase(), term.id);
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  if (words.length === 0) return () => [];
  const pattern = new RegExp(words.map(escape).join('|'), 'gi');
  return (text) => {
    const found: TermMention[] = [];
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const word = match[0];
      const start = match.index;
      const end = start + word.length;
      const latin = /^[A-Za-z0-9]/.test(word) || /[A-Za-z0-9]$/.test(word);
      const badEdge = latin && ((/^[A-Za-z0-9]/.test(word) && isAsciiWordChar(text[start - 1])) || (/[A-Za-z0-9]$/.test(word) && isAsciiWordChar(text[end])));
      if (badEdge) {
        pattern.lastIndex = start + 1;
        continue;
      }
      found.push({ termId: byWord.get(word.toLowerCase())!, start, end, text: word });
    }
    return found;
  };
}
