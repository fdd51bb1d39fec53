import warnings

import numpy as np
from sklearn.metrics import accuracy_score, f1_score

# 1. Multi-label: each row is a sample, each column a label (0/1). Micro pools every
#    (sample, label) decision; "samples" averages F1 per row; macro averages per label.
Y = np.array([[1, 0, 1], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 0]])
P = np.array([[1, 0, 0], [0, 1, 0], [1, 1, 1], [0, 0, 0], [1, 0, 0]])
for average in ["micro", "macro", "weighted", "samples"]:
    print(f"multi-label {average:<8} F1 = {f1_score(Y, P, average=average):.4f}")
# accuracy_score on multi-label data is subset accuracy: the share of rows predicted exactly.
print(f"multi-label subset accuracy = {accuracy_score(Y, P):.4f}")

# 2. A dominant "nothing here" class, as the "O" tag of named-entity recognition, scored per token
#    (NER is normally scored per entity; see the text). Leaving "O" out with `labels` makes
#    token-level micro-F1 measure the entity tokens only.
y_true = ["O"] * 80 + ["PER"] * 8 + ["LOC"] * 12
y_pred = ["O"] * 78 + ["PER"] * 2 + ["PER"] * 5 + ["O"] * 3 + ["LOC"] * 9 + ["O"] * 3
all_tags = f1_score(y_true, y_pred, average="micro")
entity_tags = f1_score(y_true, y_pred, average="micro", labels=["PER", "LOC"])
print(f"token-level micro F1, all tags:     {all_tags:.4f}")
print(f"token-level micro F1, PER and LOC:  {entity_tags:.4f}")

# 3. Multi-label F1 is 0/0 without any `labels`: a label column empty in both arrays (here the third),
#    or, with "samples", a row empty in both (here the fourth). f1_score warns for each.
Yq = np.array([[1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 0]])
Pq = np.array([[1, 0, 0], [0, 0, 0], [1, 1, 0], [0, 0, 0]])
for average in ["macro", "samples"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        f1 = f1_score(Yq, Pq, average=average)
    messages = " | ".join(dict.fromkeys(str(w.message) for w in caught)) or "none"
    print(f"empty label and row, {average:<7} F1 = {f1:.4f}; warns: {messages}")
