/**
 * The four questions, in one place: the landing page, the navbar, the sidebar, the articles'
 * short answers and (later) the social cards all read them from here, so they cannot disagree.
 *
 * `shortAnswer` is plain text in which `backticks` mark code; it stays under 80 words so a reader
 * can quote it whole.
 */
export interface Question {
  /** The article's URL segment, also its folder under docs/. Never change it: forum links point here. */
  readonly slug: string;
  /** The question as readers ask it. */
  readonly title: string;
  /** A few words for the navbar and sidebar. */
  readonly navLabel: string;
  /** The quotable answer. */
  readonly shortAnswer: string;
}

export const questions: readonly Question[] = [
  {
    slug: "relu-hidden-layers",
    title: "Why is ReLU used only on hidden layers?",
    navLabel: "ReLU on hidden layers",
    shortAnswer:
      "Hidden activations are chosen for how well a deep network trains: ReLU's gradient is exactly 1 for every " +
      "positive input, so it does not shrink layer after layer as the sigmoid's (at most 1/4) does, and it is cheap. " +
      "An output activation has another job: produce the target's range for the loss. Classifiers end in softmax or " +
      "sigmoid, regressors usually in nothing. ReLU on the output suits non-negative targets, but any sample whose " +
      "pre-activation is negative gets zero gradient.",
  },
  {
    slug: "sigmoid-multiclass",
    title: "Why is sigmoid not used in multi-class classification?",
    navLabel: "Sigmoid vs softmax",
    shortAnswer:
      "Sigmoid is used with many classes, when they are not exclusive: one sigmoid per class with binary " +
      "cross-entropy is the standard multi-label head. When every sample has exactly one class, softmax fits: its " +
      "outputs form a distribution that sums to 1, it generalizes the sigmoid (σ(z) = softmax([z, 0])₀), and with " +
      "cross-entropy its gradient is softmax − y. Independent sigmoids on exclusive classes need not sum to 1, and " +
      "dividing them by their sum only hides that.",
  },
  {
    slug: "regression-output-activation",
    title: "Why use no activation on the output for regression, even when every target is negative?",
    navLabel: "Regression output",
    shortAnswer:
      "A linear output with mean squared error is maximum likelihood under Gaussian noise, and its gradient never " +
      "saturates. The targets' sign changes nothing: the output bias shifts predictions anywhere, and standardizing " +
      "the targets gets it there faster. Add an output activation only to enforce a constraint, such as −softplus(z) or " +
      "−exp(z) for strictly negative predictions. Avoid ReLU and −ReLU heads: samples on the wrong side of zero get " +
      "no gradient, and the unit can stop learning.",
  },
  {
    slug: "f1-micro-average",
    title: "Why average='micro' in f1_score for multi-class classification, and what do the other averages mean?",
    navLabel: "F1 averages",
    shortAnswer:
      "For single-label multi-class data, micro-averaged F1 equals accuracy: it pools every prediction, so large " +
      "classes dominate it. Macro-F1, the plain mean of per-class F1, exposes a failing minority class; weighted-F1 " +
      "weights classes by their support in `y_true`. So micro is not the choice for imbalance; it is the average " +
      "that hides it. Micro suits multi-label problems, or `labels=` that leave out a dominant negative class.",
  },
];

/** Counts the words of a short answer as a reader would (code spans count as words). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
