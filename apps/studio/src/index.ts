export { CwStudio } from "./studio.ts";
