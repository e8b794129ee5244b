print("align")
