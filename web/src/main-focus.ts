import { useEffect, useRef } from "react";

/**
 * After a navigation (not on the first render), move the focus to <main> so keyboard and
 * screen-reader users start at the new page. Attach the ref to a <main tabIndex={-1}>.
 */
export function useMainFocus(path: string) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new path
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);
  return main;
}
