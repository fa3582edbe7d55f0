# from seed 003_52ed7e822d35da1c.txt, example 4 (fragment: p = Pool(5) without an import)
p = Pool(5)
