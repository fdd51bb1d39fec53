from sklearn.metrics import f1_score, precision_score, recall_score

y_true = [0, 0, 0, 0, 1, 1, 2, 2, 2, 2]
y_pred = [0, 0, 1, 2, 1, 1, 2, 2, 0, 0]

for average in ["micro", "macro", "weighted"]:
    right = f1_score(y_true, y_pred, average=average)
    swapped = f1_score(y_pred, y_true, average=average)
    print(f"{average:<8} F1: (yTrue, yPred) {right:.4f}   swapped {swapped:.4f}")


def show(values):
    return " ".join(f"{v:.4f}" for v in values)


per_class = show(f1_score(y_true, y_pred, average=None))
per_class_swapped = show(f1_score(y_pred, y_true, average=None))
print(f"per-class F1: (yTrue, yPred) {per_class}   swapped {per_class_swapped}")
print(f"precision per class:  {show(precision_score(y_true, y_pred, average=None))}")
print(f"recall when swapped:  {show(recall_score(y_pred, y_true, average=None))}")
