// Entry point of the studio page: CSP-safe settings first, global styles, then the app element.
import "./csp.ts";
import "./styles.css";
import "./studio.ts";
