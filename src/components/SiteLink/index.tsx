import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { paths } from '@site/src/data';

type Page = keyof typeof paths;
const isPage = (name: string): name is Page => Object.hasOwn(paths, name);

interface Props {
  /** A page or file of the site by its name in src/data/routes.ts `paths`, e.g. "check"; an unknown name throws. */
  to: string;
  children: ReactNode;
}

/** A link written in MDX by the page's name, so its address comes from the routes module like every other link. */
export default function SiteLink({ to, children }: Props) {
  if (!isPage(to)) throw new Error(`Unknown page "${to}". Use one of: ${Object.keys(paths).join(', ')}.`);
  const path = paths[to];
  // A file (the JSON model) is not a route: a plain link, so the router does not try to render it.
  const fileHref = useBaseUrl(path);
  return /\.[a-z]+$/.test(path) ? <a href={fileHref}>{children}</a> : <Link to={path}>{children}</Link>;
}
