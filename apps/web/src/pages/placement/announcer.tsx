import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

/**
 * A page's status line for what was just done. It stays where it is while what it speaks of changes or leaves the
 * page (an accepted reservation no longer offers its button), so assistive technology hears it and the eye finds it.
 */
export function useAnnouncer() {
  const [said, say] = useState('');
  const line = (
    <Paragraph role="status" className="casus-said">
      {said}
    </Paragraph>
  );
  return { line, say };
}
