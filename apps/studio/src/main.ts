// Entry point of the studio page: global styles, then the app element.
import "./styles.css";
import "./studio.ts";
