import { createContext, useContext } from 'react';
import type { HTMLAttributes, ReactNode } from 'react';

const HeadingLevelContext = createContext(2);

/** A heading at the level its place in the page calls for (h2 on a page, deeper inside a card). */
export function H(props: HTMLAttributes<HTMLHeadingElement>) {
  const level = Math.min(useContext(HeadingLevelContext), 6);
  const Tag = `h${level}` as 'h2';
  return <Tag {...props} />;
}

/** Headings inside are one level below the surrounding ones, or at `level` when given. */
export function HeadingLevel({ level, children }: { level?: number; children: ReactNode }) {
  const current = useContext(HeadingLevelContext);
  return (
    <HeadingLevelContext.Provider value={level ?? current + 1}>
      {children}
    </HeadingLevelContext.Provider>
  );
}
