import { describeExamples } from "../_examples";

describeExamples("relu-hidden-layers");
