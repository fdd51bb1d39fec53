from sklearn.metrics import f1_score


# 600 A, 397 B and 3 C. The model confuses 12 A with B and 12 B with A, and finds `found` of the C.
def rare_class_data(found):
    y_true = ["A"] * 600 + ["B"] * 397 + ["C"] * 3
    y_pred = ["A"] * 588 + ["B"] * 12 + ["B"] * 385 + ["A"] * 12 + ["C"] * found + ["A"] * (3 - found)
    return y_true, y_pred


classes, _ = rare_class_data(0)
share = 100 * classes.count("C") / len(classes)
print(f"{classes.count('A')} A, {classes.count('B')} B and {classes.count('C')} C: {len(classes)} samples; C is {share:.1f}% of them")
print("C found   micro F1   macro F1   weighted F1   F1 of C")
for found in [0, 1, 2, 3]:
    y_true, y_pred = rare_class_data(found)
    micro = f1_score(y_true, y_pred, average="micro")
    macro = f1_score(y_true, y_pred, average="macro")
    weighted = f1_score(y_true, y_pred, average="weighted")
    (f1_c,) = f1_score(y_true, y_pred, average=None, labels=["C"])
    print(f"{found} of 3    {micro:.4f}     {macro:.4f}     {weighted:.4f}        {f1_c:.4f}")
