namespace Wirewatch.ActorImporter;

/// <summary>A bracketed code of a TABARI actor, e.g. <c>[AFGGOV 011222-041207]</c>, with its optional dates.</summary>
internal sealed record TabariCode(string Code, DateOnly? From, DateOnly? To);
