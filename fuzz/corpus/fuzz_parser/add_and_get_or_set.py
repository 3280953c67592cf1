# add() stores only when the key is missing; get_or_set() reads, or fills on a miss.
from django.core.cache import cache

cache.set('color', 'blue')
added = cache.add('color', 'red')     # 'color' is there already: nothing changes
print(f"add on an existing key: {added}, color is {cache.get('color')}")
added = cache.add('size', 'large')    # 'size' is missing: stored
print(f"add on a missing key: {added}")

# With a plain value: stored on a miss...
visits = cache.get_or_set('visits', 0)
# ...and ignored on a hit.
visits = cache.get_or_set('visits', 100)
print(f"visits: {visits}")

def load_profile():
    print('loading the profile...')
    return 'Ada'

# A function is called only on a miss: the message prints once.
profile = cache.get_or_set('profile', load_profile)
profile = cache.get_or_set('profile', load_profile)

# A lambda works the same way.
greeting = cache.get_or_set('greeting', lambda: 'Hi ' + profile)
print(greeting)
