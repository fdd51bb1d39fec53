// The heads of negative-targets.ts on targets of both signs and on positive targets, each trained from 20
// random initialisations (seeds 0 to 19): a constrained head fits only its own side of zero. The helper,
// and the same comparison on negative targets, are in _heads.ts and negative-heads-seeds.ts.
import { compareHeads, IDENTITY, NEG_RELU, NEG_SOFTPLUS, RELU } from "./_heads";

compareHeads(-4, 3, 200, 60, [IDENTITY, RELU, NEG_RELU, NEG_SOFTPLUS]);
compareHeads(1, 8, 200, 60, [IDENTITY, RELU, NEG_RELU, NEG_SOFTPLUS]);
