from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score

y_true = ["cat", "dog", "bird", "cat", "cat", "dog", "bird", "cat", "dog", "cat"]
y_pred = ["cat", "cat", "bird", "cat", "dog", "dog", "cat", "cat", "dog", "cat"]

print(f"accuracy         {accuracy_score(y_true, y_pred):.4f}")
print(f"micro precision  {precision_score(y_true, y_pred, average='micro'):.4f}")
print(f"micro recall     {recall_score(y_true, y_pred, average='micro'):.4f}")
print(f"micro F1         {f1_score(y_true, y_pred, average='micro'):.4f}")

# The equality needs every class in the pool. Leave one out with `labels` and it breaks:
without_cat = f1_score(y_true, y_pred, average="micro", labels=["dog", "bird"])
print(f"micro F1 without 'cat': {without_cat:.4f}")
