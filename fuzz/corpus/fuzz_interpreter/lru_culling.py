# cachetutor: --max-entries 3 --cull-frequency 2
# This cache holds 3 entries (MAX_ENTRIES). A set() that finds it full first
# removes 3 // 2 = 1 entry (CULL_FREQUENCY 2): the least recently used one.
from django.core.cache import cache

cache.set('a', 1)
cache.set('b', 2)
cache.set('c', 3)
cache.get('a')          # reading 'a' makes it the most recently used
cache.set('d', 4)       # full: 'b' is culled
print(f"b after culling: {cache.get('b')}")
cache.set('e', 5)       # full again: 'c' is culled
cache.add('f', 6)       # and now 'a'
for key in ['a', 'b', 'c', 'd', 'e', 'f']:
    print(f"{key}: {cache.get(key)}")
