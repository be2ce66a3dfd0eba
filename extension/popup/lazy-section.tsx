// A secondary section loaded after the page's main content is on screen: the popup's first job is
// to show a link, the options page's to show the instance field; the calendar parts follow.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function LazySection({ load }: { load: () => Promise<ComponentChildren> }) {
  const [content, setContent] = useState<ComponentChildren>(null);
  useEffect(() => { void load().then(setContent); }, []);
  return <>{content}</>;
}
