import type { Question } from "../../data/questions";
import { type Lazy, lazy } from "../Island/lazy";

// The browser's side of the questions a short answer reads. A hydrating page keeps the server's rendering
// of the answer and of its Markdown quote (islands, ./index.tsx), so it loads no question; a page rendered
// in the browser (in-site navigation) loads them to render the answer. The server's side,
// ./questions.server.ts, has them at once.
export const questions: Lazy<readonly Question[]> = lazy(() => import("../../data/questions").then((m) => m.questions));
