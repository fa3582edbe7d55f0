# int methods: bit_length and bit_count, for small, negative and big ints
print((255).bit_length(), (-255).bit_length(), (0).bit_length(), (2**100).bit_length(), (10).bit_count(), (-7).bit_count())
