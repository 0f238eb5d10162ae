namespace Wirewatch.Core.Errors;

/// <summary>A model, gazetteer or dictionary file is missing, corrupt or of an incompatible version.</summary>
public sealed class ModelLoadException : WirewatchException
{
    public ModelLoadException(string path, string reason, Exception? inner = null)
        : base("WW3001", $"Cannot load '{path}': {reason}", inner)
    {
        Path = path;
    }

    public string Path { get; }
}
