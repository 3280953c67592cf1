from django.core.cache import cache
cache.set('greet', 'Hello', 10)
value = cache.get('greet')
cache.delete('greet')
value_after_delete = cache.get('greet')
