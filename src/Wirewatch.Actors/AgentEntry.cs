namespace Wirewatch.Actors;

/// <summary>A generic actor noun ("police", "warplanes", "riot police") and the PLOVER sector it implies, with the original agent code.</summary>
public sealed record AgentEntry(string Noun, string Sector, string Code);
