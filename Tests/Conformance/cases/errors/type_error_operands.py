# Uncaught TypeError from adding an int and a str.
count = 3
label = "items"
print(count + label)
