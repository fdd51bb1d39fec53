import { questions as all, type Question } from "../../data/questions";
import { type Lazy, ready } from "../Island/lazy";

/** The questions, at once: the server renders every short answer into the HTML (see ./questions.ts). */
export const questions: Lazy<readonly Question[]> = ready(all);
