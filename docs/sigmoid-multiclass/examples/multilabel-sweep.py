import warnings

import numpy as np
from sklearn.datasets import make_multilabel_classification
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

warnings.filterwarnings("ignore", category=ConvergenceWarning)
K = 4

def tune_thresholds(P, Y):
    """One threshold per label maximizing validation micro-F1: from 0.5, two passes over the labels."""
    t = np.full(K, 0.5)
    for _ in range(2):
        for k in range(K):
            best = f1_score(Y, P > t, average="micro", zero_division=0)
            for step in range(1, 20):
                tried = t.copy()
                tried[k] = step / 20
                score = f1_score(Y, P > tried, average="micro", zero_division=0)
                if score > best:
                    best, t = score, tried
    return t

def scores(Y, pred):
    return {"micro-F1": f1_score(Y, pred, average="micro", zero_division=0),
            "samples-F1": f1_score(Y, pred, average="samples", zero_division=1)}


runs = []
for seed in range(20):
    X, Y = make_multilabel_classification(n_samples=600, n_features=10, n_classes=K, n_labels=2, random_state=seed)
    X = 10 * X / X.sum(axis=1, keepdims=True)
    X_train, X_rest, Y_train, Y_rest = train_test_split(X, Y, test_size=0.5, random_state=seed)
    X_val, X_test, Y_val, Y_test = train_test_split(X_rest, Y_rest, test_size=0.5, random_state=seed)
    # Given a 0/1 indicator matrix, MLPClassifier puts one sigmoid on each label (binary cross-entropy).
    sigmoids = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=seed).fit(X_train, Y_train)
    # Softmax: one (document, label) pair per label present, i.e. cross-entropy on the normalized label row.
    # Documents without labels are left out, so this head never learns to say "no label".
    rows, labels = np.nonzero(Y_train)
    softmax = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=seed).fit(X_train[rows], labels)
    # Softmax + "none": the same pairs plus a fifth class, K, for each document without labels.
    empty = np.flatnonzero(Y_train.sum(axis=1) == 0)
    softmax_none = MLPClassifier(hidden_layer_sizes=(16,), max_iter=2000, random_state=seed).fit(
        np.concatenate([X_train[rows], X_train[empty]]), np.concatenate([labels, np.full(len(empty), K)]))
    has_labels = Y_test.sum(axis=1) > 0
    run = {"unlabelled": (~has_labels).sum()}
    for name, net in [("sigmoids", sigmoids), ("softmax", softmax), ("softmax_none", softmax_none)]:
        # The "none" class's probability is dropped when reading the four labels.
        P_val, P_test = net.predict_proba(X_val)[:, :K], net.predict_proba(X_test)[:, :K]
        half = (P_test > 0.5).astype(int)
        tuned = (P_test > tune_thresholds(P_val, Y_val)).astype(int)
        run[name] = {
            "threshold 0.5": scores(Y_test, half),
            "all documents": scores(Y_test, tuned),
            "documents with labels": scores(Y_test[has_labels], tuned[has_labels]),
            "left empty": (tuned[~has_labels].sum(axis=1) == 0).sum(),
        }
    runs.append(run)

n = len(runs)


def compare(title, other, when):
    for metric in ["micro-F1", "samples-F1"]:
        d = np.array([r["sigmoids"][when][metric] - r[other][when][metric] for r in runs])
        print(f"{title}, {metric}: sigmoids higher in {(d > 0).sum()} of {n} seeds, softmax higher in "
              f"{(d < 0).sum()} of {n} seeds; sigmoids − softmax median {np.median(d):.3f}, "
              f"range {d.min():.3f} to {d.max():.3f} ({n} seeds)")


compare("threshold 0.5", "softmax", "threshold 0.5")
compare("tuned thresholds, all documents", "softmax", "all documents")
compare("tuned thresholds, documents with labels", "softmax", "documents with labels")
none = sum(r["unlabelled"] for r in runs)
docs = n * len(Y_test)
print(f"test documents without labels: {none} of {docs} ({100 * none / docs:.0f}%)")
for name, shown in [("sigmoids", "sigmoids"), ("softmax", "softmax"), ("softmax_none", 'softmax + "none"')]:
    print(f"  left without labels by {shown}: {sum(r[name]['left empty'] for r in runs)} of {none}")
compare('softmax with a "none" class, all documents', "softmax_none", "all documents")
compare('softmax with a "none" class, documents with labels', "softmax_none", "documents with labels")
