import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

/** Tells the page what was just done, with the API's answer to it (its log position, when it has one). */
export type Say = (words: string, answer?: unknown) => void;

const positionOf = (answer: unknown): string | undefined =>
  typeof answer === 'object' && answer !== null && typeof (answer as { position?: unknown }).position === 'string'
    ? (answer as { position: string }).position
    : undefined;

/**
 * A page's status line for what was just done. It stays where it is while what it speaks of changes or leaves the
 * page (an accepted reservation no longer offers its button), so assistive technology hears it and the eye finds it.
 * `written`: the log position of the last step taken here, for the page's reads of read models to ask for (minPosition),
 * so they show the step rather than the moment before it.
 */
export function useAnnouncer() {
  const [said, setSaid] = useState('');
  const [written, setWritten] = useState<string>();
  const say: Say = (words, answer) => {
    setSaid(words);
    setWritten((before) => positionOf(answer) ?? before);
  };
  const line = (
    <Paragraph role="status" className="casus-said">
      {said}
    </Paragraph>
  );
  return { line, say, written };
}
