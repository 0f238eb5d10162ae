using Wirewatch.Core.Errors;

namespace Wirewatch.Storage;

/// <summary>The article store cannot be opened, is of an unknown schema version, or a statement failed.</summary>
public sealed class StorageException : WirewatchException
{
    public StorageException(string store, string reason, Exception? inner = null)
        : base("WW4001", $"{store}: {reason}", inner)
    {
        Store = store;
    }

    /// <summary>Which store (file path or server) the error is about.</summary>
    public string Store { get; }
}
