namespace Wirewatch.Models.Tagging;

/// <summary>Tagging accuracy over words, in percent.</summary>
public readonly record struct TaggingScore(int Words, double Upos, double Xpos, double Both);
