import { describeExamples } from "../_examples";

describeExamples("regression-output-activation");
