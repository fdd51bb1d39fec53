from sklearn.metrics import balanced_accuracy_score, f1_score, matthews_corrcoef

baseline = (["cat"] * 70 + ["dog"] * 20 + ["bird"] * 10, ["cat"] * 100)


def rare_class_data(found):
    y_true = ["A"] * 600 + ["B"] * 397 + ["C"] * 3
    y_pred = ["A"] * 588 + ["B"] * 12 + ["B"] * 385 + ["A"] * 12 + ["C"] * found + ["A"] * (3 - found)
    return y_true, y_pred


cases = [
    ("majority baseline", baseline),
    ("rare C: 0 of 3 found", rare_class_data(0)),
    ("rare C: 3 of 3 found", rare_class_data(3)),
]

print("                      micro F1   macro F1   balanced acc   MCC")
for name, (y_true, y_pred) in cases:
    micro = f1_score(y_true, y_pred, average="micro")
    macro = f1_score(y_true, y_pred, average="macro")
    balanced = balanced_accuracy_score(y_true, y_pred)
    mcc = matthews_corrcoef(y_true, y_pred)
    print(f"{name:<20}  {micro:.4f}     {macro:.4f}     {balanced:.4f}         {mcc:.4f}")
