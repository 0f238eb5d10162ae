namespace Wirewatch.Ingest.Engine;

/// <summary>One thing to read: a file path or an http(s) URL given on the command line.</summary>
public sealed record InputSource(string Location, bool IsUrl);
