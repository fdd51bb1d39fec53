import torch
import torch.nn.functional as F

z = torch.tensor([1000.0, 1000.0], dtype=torch.float64)
print(torch.log(torch.exp(z).sum()), torch.logsumexp(z, dim=0))  # inf, 1000.6931

z = torch.tensor([[0.0, 800.0, 0.0]], dtype=torch.float64)
print(torch.log(torch.softmax(z, dim=1)))        # [-inf, 0, -inf]
print(F.log_softmax(z, dim=1))                   # [-800, 0, -800]
print(F.cross_entropy(z, torch.tensor([0])))     # 800

for logit in [40.0, 400.0]:
    x = torch.tensor([logit], dtype=torch.float64)
    y = torch.tensor([0.0], dtype=torch.float64)
    print(logit, F.binary_cross_entropy(torch.sigmoid(x), y).item(),   # 100.0 (log clamped at -100)
          F.binary_cross_entropy_with_logits(x, y).item())             # the true loss: 40.0, 400.0
