/** Entry of the one-file classic script: everything, exported nothing (the API is window.NetWidgets). */
// First, before Lit loads: server-rendered widgets are hydrated, not rendered again (src/ssr/).
import './ssr/hydrate-support.js';
import './index.js';
