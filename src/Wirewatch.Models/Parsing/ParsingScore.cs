namespace Wirewatch.Models.Parsing;

/// <summary>Attachment scores over words, in percent; LAS compares the universal part of the relation (CoNLL 2018).</summary>
public readonly record struct ParsingScore(int Words, double Uas, double Las, double LasFull);
