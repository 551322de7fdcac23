/** Entry of the one-file classic script: everything, exported nothing (the API is window.NetWidgets). */
import './index.js';
