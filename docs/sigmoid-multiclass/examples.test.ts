import { describeExamples } from "../_examples";

describeExamples("sigmoid-multiclass");
