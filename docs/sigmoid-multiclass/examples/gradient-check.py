import torch
import torch.nn.functional as F

z = torch.tensor([1.5, -0.3, 0.8, 2.2], dtype=torch.float64, requires_grad=True)
label = torch.tensor([2])
loss = F.cross_entropy(z.unsqueeze(0), label)  # takes logits
loss.backward()
y = F.one_hot(label, 4).squeeze(0).double()
print(loss.item())                     # 2.0017264236309504
print(z.grad)                          # autograd
print(torch.softmax(z, dim=0).detach() - y)  # softmax(z) - y: the same numbers
