import warnings

from sklearn.metrics import classification_report, f1_score, precision_score

y_true = ["cat"] * 70 + ["dog"] * 20 + ["bird"] * 10
y_pred = ["cat"] * 100

# Precision of "dog" and "bird" is 0/0; their F1, 2TP / (2TP + FP + FN), is 0/20 and 0/10, not 0/0.
# Collect the warnings of each step and print each message once, as Python's default filter does.
warnings.simplefilter("always")


def print_warnings(step, caught):
    messages = list(dict.fromkeys(str(w.message) for w in caught))
    print(f"warnings from {step}: {' | '.join(messages) or 'none'}")


with warnings.catch_warnings(record=True) as caught:
    for average in ["micro", "macro", "weighted"]:
        print(f"{average:<8} F1 = {f1_score(y_true, y_pred, average=average):.4f}")
    f1_score(y_true, y_pred, average=None)
print_warnings("f1_score", caught)

with warnings.catch_warnings(record=True) as caught:
    print(classification_report(y_true, y_pred, digits=3))
print_warnings("classification_report", caught)

# zero_division=1 turns the two undefined precisions into perfect ones; F1 does not move.
precision_1 = precision_score(y_true, y_pred, average="macro", zero_division=1)
f1_with_1 = f1_score(y_true, y_pred, average="macro", zero_division=1)
print(f"zero_division=1: macro precision {precision_1:.3f}, macro F1 {f1_with_1:.3f}")

# F1 itself is 0/0 only for a label in neither y_true nor y_pred, passed in `labels`; only then does f1_score warn.
with warnings.catch_warnings(record=True) as caught:
    with_fish = f1_score(y_true, y_pred, average=None, labels=["cat", "fish"])
    print(f"F1 of cat and fish: {' '.join(f'{v:.3f}' for v in with_fish)}")
print_warnings("f1_score with labels=['cat', 'fish']", caught)
