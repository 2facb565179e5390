/**
 * Stands in for @docusaurus/router, which is react-router-dom's hooks as Docusaurus core re-exports
 * them. A test gives the page a real in-memory history with src/test/renderAtAddress.tsx.
 */
export { matchPath, Redirect, useHistory, useLocation } from 'react-router-dom';
