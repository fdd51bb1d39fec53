from sklearn.metrics import f1_score

labels = ["A", "B", "C"]


# Samples from a confusion matrix: rows are the true classes, columns the predictions.
def from_matrix(matrix):
    y_true, y_pred = [], []
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            y_true += [labels[i]] * count
            y_pred += [labels[j]] * count
    return y_true, y_pred


models = [
    # The model of the rare-class demo.
    ("model 1", [[588, 12, 0], [12, 385, 0], [3, 0, 0]], [[588, 12, 0], [12, 385, 0], [0, 0, 3]]),
    # Another model, which also predicts C for 64 samples of A and B.
    ("model 2", [[450, 24, 50], [9, 101, 14], [2, 1, 6]], [[450, 24, 50], [9, 101, 14], [0, 0, 9]]),
]

for name, missed, found in models:
    before = from_matrix(missed)
    after = from_matrix(found)
    y_true = before[0]
    n = len(y_true)
    print(f"{name}: {y_true.count('A')} A, {y_true.count('B')} B, {y_true.count('C')} C (n = {n}); 3/n = {3 / n:.4f}")
    for average in ["micro", "weighted", "macro"]:
        f1_before = f1_score(*before, average=average)
        f1_after = f1_score(*after, average=average)
        change = f1_after - f1_before
        print(f"  {average:<8} F1 {f1_before:.4f} -> {f1_after:.4f}  (+{change:.4f})")
