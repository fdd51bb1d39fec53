// The heads of negative-targets.ts on negative targets, each trained from 20 random initialisations (seeds
// 0 to 19), plus the two ways of rescaling the targets first: standardizing them for the identity, and
// dividing them by their standard deviation for −softplus (which keeps their sign). Per head: the median
// and range of R² on the training data, and how many seeds end worse than predicting the mean (R² < 0) or
// with a weak fit (R² < 0.9; the best heads reach 0.99 here). For the ReLU heads, also how many seeds have
// every sample on the flat side (no gradient) before and after training. The helper is in _heads.ts.
import { compareHeads, IDENTITY, NEG_RELU, NEG_SOFTPLUS, NEG_SOFTPLUS_SCALED, RELU, STANDARDIZED } from "./_heads";

// The budget of negative-targets.ts: 200 samples, 60 epochs.
compareHeads(-8, -1, 200, 60, [IDENTITY, STANDARDIZED, RELU, NEG_RELU, NEG_SOFTPLUS]);
compareHeads(-0.5, -0.1, 200, 60, [IDENTITY, RELU, NEG_RELU, NEG_SOFTPLUS, NEG_SOFTPLUS_SCALED]);
// Close to zero with half the data and 40 epochs: where −softplus is weakest.
compareHeads(-0.5, -0.1, 100, 40, [IDENTITY, STANDARDIZED, NEG_RELU, NEG_SOFTPLUS, NEG_SOFTPLUS_SCALED]);
