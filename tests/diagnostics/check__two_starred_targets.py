numbers = [1, 2, 3, 4]
*head, middle, *tail = numbers
