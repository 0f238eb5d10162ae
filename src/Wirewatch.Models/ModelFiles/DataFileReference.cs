namespace Wirewatch.Models.ModelFiles;

/// <summary>A training or tuning file a model was built from: its path (relative to the shared data folder) and SHA-256.</summary>
public sealed record DataFileReference(string Role, string Path, string Sha256);
