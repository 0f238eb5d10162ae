using System.Collections.Concurrent;
using Wirewatch.Storage;

namespace Wirewatch.Server;

/// <summary>
/// Stores are used by one thread at a time, so requests rent one from a small pool and give it back; the
/// pool opens more under load and keeps at most <see cref="MaxIdle"/>.
/// </summary>
internal sealed class StorePool : IDisposable
{
    private const int MaxIdle = 16;
    private readonly string _database;
    private readonly ConcurrentBag<IArticleStore> _idle = [];
    private bool _disposed;

    public StorePool(string database)
    {
        _database = database;
        // Open one now so that a wrong path or an unreachable server fails at start-up, not on the first request.
        _idle.Add(ArticleStoreFactory.Open(database, createIfMissing: false));
    }

    public T Use<T>(Func<IArticleStore, T> action)
    {
        var store = _idle.TryTake(out var s) ? s : ArticleStoreFactory.Open(_database, createIfMissing: false);
        try
        {
            return action(store);
        }
        finally
        {
            if (_disposed || _idle.Count >= MaxIdle)
            {
                store.Dispose();
            }
            else
            {
                _idle.Add(store);
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
    }
}
