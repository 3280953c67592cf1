from django.core.cache import cache
cache.set('k'*300, 1)
cache.set_many({i: i for i in range(400)})
cache.get_many(range(10))
cache.incr('x', 10**20)
cache.touch('k', -1)
cache.clear()
