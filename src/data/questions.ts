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
      "Hidden activations are chosen for how well deep networks train: ReLU's gradient is 1 for every " +
      "positive input, so it does not shrink layer after layer as the sigmoid's (at most 1/4) does, and it is cheap. " +
      "An output activation has another job: produce the target's range for the loss. Classifiers end in softmax or " +
      "sigmoid, regressors usually in nothing. A ReLU output is possible for non-negative targets, but softplus is " +
      "safer: negative pre-activations get zero gradient.",
  },
  {
    slug: "sigmoid-multiclass",
    title: "Why is sigmoid not used in multi-class classification?",
    navLabel: "Sigmoid vs softmax",
    shortAnswer:
      "Sigmoid suits many classes that are not exclusive: one sigmoid per label with binary cross-entropy is the " +
      'standard multi-label head, and it can answer "no label" (softmax needs an extra "none" class for that). When ' +
      "each sample has exactly one class, softmax fits: it generalizes the sigmoid (σ(z) = softmax([z, 0])₀), its " +
      "outputs are a distribution by construction, and its cross-entropy is that model's negative log-likelihood. " +
      "Independent sigmoids may predict as well, but need not sum to 1.",
  },
  {
    slug: "regression-output-activation",
    title: "Why use no activation on the output for regression, even when every target is negative?",
    navLabel: "Regression output",
    shortAnswer:
      "A linear output with mean squared error is Gaussian maximum likelihood with the canonical link: the gradient is " +
      "prediction − target and never saturates. The targets' sign changes nothing: the output bias shifts " +
      "predictions anywhere, and standardizing the targets gets it there fast. Use an " +
      "output activation only to enforce a constraint: −softplus(z) for negative predictions, " +
      "a + (b − a)·sigmoid(z) for bounded ones. Avoid ReLU and −ReLU heads: samples on the wrong side of zero get no " +
      "gradient.",
  },
  {
    slug: "f1-micro-average",
    title: "Why average='micro' in f1_score for multi-class classification, and what do the other averages mean?",
    navLabel: "F1 averages",
    shortAnswer:
      "For single-label multi-class data, micro-averaged F1 equals accuracy: it pools every prediction, so large " +
      "classes dominate it. Macro-F1, the plain mean of per-class F1, exposes a failing minority class, but gives a " +
      "class of three samples the same vote as a class of hundreds; weighted-F1 weights classes by their support in " +
      "`y_true`. Under imbalance, micro hides the small classes: report per-class scores. Micro suits multi-label " +
      "problems, or `labels=` that leave out a dominant negative class.",
  },
];

/** Counts the words of a short answer as a reader would (code spans count as words). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
