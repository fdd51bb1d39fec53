import { describeExamples } from "../_examples";

describeExamples("f1-micro-average");
