# is* predicates
for s in ["123", "12.3", "abc", "abc1", "", " ", "ABC", "Ab", "²", "٣"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.islower(), s.isidentifier())
