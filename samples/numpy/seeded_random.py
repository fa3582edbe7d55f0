# numpy.random's legacy global generator: after np.random.seed(n) the draws are numpy's own,
# for rand, random, randint (with and without size) alike.
import numpy as np

np.random.seed(0)
print(np.random.rand(3))
print(np.random.rand(2, 3))
print(np.random.random(), np.random.randint(10))
print(np.random.randint(1, 7, size=8))
print(np.random.randint(-5, 5, (2, 4)))
np.random.seed(2024)
sample = np.random.rand(10000)
print(sample)
print(sample.mean(), sample.min(), sample.max(), sample.argmax())
print((sample < 0.5).sum(), np.sum(sample ** 2))
np.random.seed(7)
first = np.random.random(4)
np.random.seed(7)
print(first, np.random.random_sample(4), (first == np.random.random(4)).all())
