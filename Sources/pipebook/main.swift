import PipebookLanguage
print("pipebook")
