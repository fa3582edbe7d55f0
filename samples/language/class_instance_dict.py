# __dict__ holds instance attributes in assignment order; vars() returns it too
class Point:
    scale = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.__dict__)
p.z = 3
p.__dict__["w"] = 4
print(p.__dict__, p.w, "scale" in p.__dict__)
del p.x
print(p.__dict__, vars(p) is p.__dict__)
